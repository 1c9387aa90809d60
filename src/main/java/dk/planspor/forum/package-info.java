/**
 * The open OGP network (multi-stakeholder forum): meetings with registration and an agenda anyone may add to
 * before a cut-off, the chair's decisions on proposed items, minutes with decisions and action items linked to
 * commitments, the public rules of participation, iCalendar feeds, and debate threads with moderation.
 * The facade is {@link dk.planspor.forum.OgpForum}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forum")
package dk.planspor.forum;
