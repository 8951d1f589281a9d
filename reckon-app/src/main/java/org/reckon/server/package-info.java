/**
 * The web UI and JSON API: takes the record (reconciled facts with decisions applied) and the
 * documents, and serves pages and {@code /api/} endpoints from which any figure leads to the
 * sentences it came from. Serves every asset itself: no request leaves the machine.
 */
@NullMarked
package org.reckon.server;

import org.jspecify.annotations.NullMarked;
