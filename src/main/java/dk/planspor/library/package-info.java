/**
 * The document bank and news: plans, self-assessments, IRM reports, minutes and other documents in DA and EN (file in
 * PostgreSQL behind {@link dk.planspor.library.FileStorage}, text extracted and indexed for full-text search), news
 * posts with an Atom feed, and the IRM's recommendations with the government's response.
 * The facade is {@link dk.planspor.library.DocumentBank}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library")
package dk.planspor.library;
