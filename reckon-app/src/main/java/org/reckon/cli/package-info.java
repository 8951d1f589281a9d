/**
 * The command line: takes the user's arguments and runs the stages (ingest, store, export) on
 * them, printing data to standard output and messages, progress and summaries to standard error.
 */
@NullMarked
package org.reckon.cli;

import org.jspecify.annotations.NullMarked;
