package org.reckon.cli;

import java.math.BigDecimal;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --time-budget SECONDS}: how long one document's extraction may take before it is stopped. */
final class TimeBudgetOption {
  @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "20", converter = Seconds.class,
      description = "Stop the extraction of a document that takes longer, and report it as failed; "
          + "fractions allowed, e.g. 0.5 (default: ${DEFAULT-VALUE})")
  Duration budget = ExtractionRunner.DEFAULT_BUDGET;

  ExtractionRunner runner() {
    return new ExtractionRunner(budget);
  }

  /** Reads a positive number of seconds such as {@code 20} or {@code 0.25}. */
  static final class Seconds implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      BigDecimal seconds;
      try {
        seconds = new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is not a number of seconds; write e.g. 20 or 0.5");
      }
      Duration d = seconds.signum() > 0 && seconds.compareTo(BigDecimal.valueOf(86_400L * 365)) <= 0
          ? Duration.ofNanos(seconds.movePointRight(9).max(BigDecimal.ONE).longValue()) : Duration.ZERO;
      if (d.isZero()) {
        throw new TypeConversionException("'" + value + "' is not a positive number of seconds up to a year; write e.g. 20 or 0.5");
      }
      return d;
    }
  }
}
