/**
 * Extraction: takes one {@link org.reckon.model.Document} and gives its facts (incidents,
 * tallies, claims, actors, instruments), each with the spans it came from. Rules and lexicons
 * (resource files beside this package) rather than heavy models, so that a laptop extracts tens
 * of articles a second; see {@link org.reckon.extract.Extractor}.
 */
@NullMarked
package org.reckon.extract;

import org.jspecify.annotations.NullMarked;
