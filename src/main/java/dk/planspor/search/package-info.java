/**
 * Search: one PostgreSQL full-text index (danish and english configurations) over commitments, milestones,
 * consultations, responses, documents, news and meetings, with ranked results, highlighted snippets and facets.
 * Other modules' events keep it current. The facade is {@link dk.planspor.search.Search}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package dk.planspor.search;
