/**
 * Publishing the record: its files (CSV, JSON, GeoJSON; ACLED- and UCDP-shaped profiles) and
 * releases, frozen copies with a CHANGES.md against the release before, a manifest of SHA-256
 * sums and a citation line. Takes the record with its decisions applied; gives files, and
 * releases stored through {@code org.reckon.store}.
 */
@NullMarked
package org.reckon.publish;

import org.jspecify.annotations.NullMarked;
