package dk.planspor.identity;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    AGENCY, MINISTRY, MUNICIPALITY, REGION, CSO, OTHER
}
