/**
 * The corpus job on Apache Spark: takes archives of millions of pages (WARC, WARC.gz, text, HTML,
 * JSON Lines, on any Hadoop file system), drops the pages a keyword prefilter rules out, and gives
 * each document's facts — read by the same {@code ingest} readers and extracted by the same
 * {@code Extractor} as on one machine — as Parquet tables and §2 JSON Lines that {@code reckon
 * import} loads into the record.
 */
@NullMarked
package org.reckon.spark;

import org.jspecify.annotations.NullMarked;
