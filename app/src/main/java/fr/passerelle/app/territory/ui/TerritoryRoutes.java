package fr.passerelle.app.territory.ui;

/** The addresses of the territory's views, for the links other views make to them. */
public final class TerritoryRoutes {

  static final String CLASS = "classe";
  static final String PUPIL = "eleves";
  static final String SCHOOL = "ecole";

  private TerritoryRoutes() {}

  /** One class's page. */
  public static String ofClass(long classId) {
    return CLASS + "/" + classId;
  }

  /** One pupil's page. */
  public static String ofPupil(long pupilId) {
    return PUPIL + "/" + pupilId;
  }

  /** One school's page. */
  public static String ofSchool(long schoolId) {
    return SCHOOL + "/" + schoolId;
  }
}
