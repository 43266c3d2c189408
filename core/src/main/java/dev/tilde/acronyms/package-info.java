/**
 * Acronyms learned from the text: the definitions a text gives ({@link dev.tilde.acronyms.DefinitionFinder}, after
 * Schwartz and Hearst), the initials of the full names it writes ({@link dev.tilde.acronyms.NameInitials}), how an
 * index holds them ({@link dev.tilde.acronyms.AcronymTerms}) and what an index learned ({@link
 * dev.tilde.acronyms.LearnedAcronyms}), which the query builder expands an acronym or a long form with.
 */
package dev.tilde.acronyms;
