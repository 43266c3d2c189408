/**
 * Running a search: {@link dev.tilde.search.SearchOptions} says which page, fields, filters and order,
 * {@link dev.tilde.search.PagedSearch} collects the hits and {@link dev.tilde.search.Highlighter} picks each hit's
 * best passages; results are the records {@link dev.tilde.search.SearchResults}, {@link dev.tilde.search.Hit} and
 * {@link dev.tilde.search.Snippet}.
 */
package dev.tilde.search;
