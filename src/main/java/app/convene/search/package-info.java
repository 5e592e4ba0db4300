/**
 * Search: a full-text index behind {@link app.convene.search.SearchIndex} (Apache Lucene 10, embedded) and the
 * bounded {@link app.convene.search.TextExtractor} that reads the text inside PDF, Office and text files. Knows
 * nothing about resources: callers hand in documents made of fields and opaque visibility keys.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"shared"})
package app.convene.search;

import org.springframework.modulith.ApplicationModule;
