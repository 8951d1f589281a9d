/**
 * The web UI and JSON API: takes the record (reconciled facts with decisions applied) and the
 * documents, and serves pages and {@code /api/} endpoints from which any figure leads to the
 * sentences it came from. Serves every asset itself: no request leaves the machine. With
 * accounts, editors sign in and record decisions (appended to the log), admins create releases,
 * and the review queue lists what needs an editor; without accounts it only reads.
 */
@NullMarked
package org.reckon.server;

import org.jspecify.annotations.NullMarked;
