package fr.passerelle.app.inventory;

/** One uploaded file: a GLPI Agent inventory ({@code .json}) or the CSV format ({@code .csv}). */
public record ImportFile(String name, byte[] content) {

  public boolean isCsv() {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }
}
