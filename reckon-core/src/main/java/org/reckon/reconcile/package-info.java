/**
 * Reconciliation: takes the extractions of many documents and gives one record — incidents
 * merged across documents with counts as intervals and grades, and the campaign's reported
 * tallies as a time series. A pure function of its input: the same extractions in any order give
 * the same record.
 */
@NullMarked
package org.reckon.reconcile;

import org.jspecify.annotations.NullMarked;
