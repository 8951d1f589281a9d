/**
 * Ingest: takes files, directories, globs, HTML pages and WARC archives and gives normalised
 * {@link org.reckon.model.Document}s, identified by the SHA-256 of their text. Bad input is
 * reported as a {@link org.reckon.ingest.BadInputException} naming the input, the problem and
 * the fix; it never stops the other inputs.
 */
@NullMarked
package org.reckon.ingest;

import org.jspecify.annotations.NullMarked;
