package org.reckon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputPlanTest {
  @Test
  void slices_aBigArchive_isCutIntoEqualPartsThatCoverItOnce(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    try (RandomAccessFile f = new RandomAccessFile(warc.toFile(), "rw")) {
      f.setLength(10_000_001);
    }
    InputPlan plan = InputPlan.expand(List.of(warc.toString()), new org.apache.hadoop.fs.Path(dir.resolve("out").toString()),
        new Configuration());

    // at most 3 MB a slice: four parts of 2.5 MB (to a byte a part), not three of 3 MB and a last one of 1 MB
    List<Slice> slices = plan.slices(3_000_000).stream().sorted(Comparator.comparingLong(Slice::start)).toList();

    assertThat(slices).hasSize(4);
    assertThat(slices).allSatisfy(s -> assertThat(s.end() - s.start()).isBetween(2_499_996L, 2_500_001L));
    assertThat(slices.get(0).start()).isZero();
    assertThat(slices.get(3).end()).isEqualTo(Files.size(warc));
    for (int i = 1; i < slices.size(); i++) {
      assertThat(slices.get(i).start()).isEqualTo(slices.get(i - 1).end());
    }
  }

  @Test
  void slices_aSmallArchiveOrAnotherFile_isOneWholeSlice(@TempDir Path dir) throws Exception {
    Path small = Files.write(dir.resolve("small.warc.gz"), new byte[1000]);
    Path text = Files.write(dir.resolve("big.txt"), new byte[5000]);
    InputPlan plan = InputPlan.expand(List.of(small.toString(), text.toString()),
        new org.apache.hadoop.fs.Path(dir.resolve("out").toString()), new Configuration());

    assertThat(plan.slices(2000)).hasSize(2).allSatisfy(s -> assertThat(s.whole()).isTrue());
  }
}
