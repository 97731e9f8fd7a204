package fr.passerelle.app.classspace.internal;

import fr.passerelle.app.demo.DemoContribution;
import fr.passerelle.app.platform.SchoolTime;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Amélie Durand's CE1 at the Jules Ferry school: a document with its text and large-print versions
 * (the audio description and easy-to-read version are missing for Léa and Hugo), a song with its
 * words, a link with nothing yet; a class news post with a drawing and its alternative text, and
 * the director's post to the whole school.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
public class ClassSpaceDemo implements DemoContribution {

  static final String WATER_TEXT =
      "L’eau de la mer chauffe au soleil. Elle monte dans le ciel et forme des nuages.\n\n"
          + "Les nuages donnent la pluie. La pluie coule dans les rivières, jusqu’à la mer.";

  static final String SONG_TEXT =
      "Une souris verte qui courait dans l’herbe,\n"
          + "je l’attrape par la queue, je la montre à ces messieurs.";

  static final String NEWS_ALT = "Dessin d’un soleil jaune au-dessus d’une prairie verte.";

  private final SchoolTime time;

  ClassSpaceDemo(SchoolTime time) {
    this.time = time;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public void seed(Connection db) throws SQLException {
    long ce1 =
        DemoContribution.id(
            db,
            "select c.id from school_class c join school s on s.id = c.school_id"
                + " where s.uai = '0420101A' and c.level = 'CE1'");
    long school = DemoContribution.id(db, "select id from school where uai = '0420101A'");
    long teacher =
        DemoContribution.id(db, "select id from account where username = 'enseignante.ferry'");
    long director =
        DemoContribution.id(db, "select id from account where username = 'directrice.ferry'");
    Instant now = time.now().truncatedTo(ChronoUnit.SECONDS);

    long waterPdf = file(db, "cycle-de-l-eau.pdf", "application/pdf", pdf(WATER_TEXT, 12), now);
    long waterLarge =
        file(db, "cycle-de-l-eau-gros.pdf", "application/pdf", pdf(WATER_TEXT, 28), now);
    resource(
        db,
        ce1,
        "DOCUMENT",
        "Le cycle de l’eau",
        "La fiche de sciences de la semaine.",
        null,
        waterPdf,
        WATER_TEXT,
        waterLarge,
        teacher,
        now.minus(3, ChronoUnit.DAYS));
    long song = file(db, "une-souris-verte.wav", "audio/wav", wav(), now);
    resource(
        db,
        ce1,
        "AUDIO",
        "Comptine : Une souris verte",
        "À écouter et à chanter à la maison.",
        null,
        song,
        SONG_TEXT,
        null,
        teacher,
        now.minus(2, ChronoUnit.DAYS));
    resource(
        db,
        ce1,
        "LINK",
        "Le cycle de l’eau sur Vikidia",
        "L’encyclopédie des 8-13 ans, pour aller plus loin.",
        "https://fr.vikidia.org/wiki/Cycle_de_l%27eau",
        null,
        null,
        null,
        teacher,
        now.minus(1, ChronoUnit.DAYS));

    long drawing = file(db, "prairie.png", "image/png", png(), now);
    long outing =
        news(
            db,
            school,
            ce1,
            "Sortie au parc jeudi",
            "Jeudi, nous allons au parc de l’Europe pour observer les plantes.\n"
                + "Prévoyez une casquette et une gourde d’eau.",
            teacher,
            now.minus(5, ChronoUnit.HOURS));
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into class_news_image (news_id, file_id, alt_text, position)"
                + " values (?,?,?,0)")) {
      insert.setLong(1, outing);
      insert.setLong(2, drawing);
      insert.setString(3, NEWS_ALT);
      insert.executeUpdate();
    }
    news(
        db,
        school,
        null,
        "Fête de l’école samedi 13 juin",
        "La fête de l’école aura lieu le samedi 13 juin, de 10 h à 16 h, dans la cour."
            + " Toutes les familles sont invitées.",
        director,
        now.minus(2, ChronoUnit.DAYS));
  }

  private static void resource(
      Connection db,
      long classId,
      String kind,
      String title,
      String description,
      String url,
      Long fileId,
      String text,
      Long largePrint,
      long author,
      Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into class_resource (class_id, kind, title, description, url, file_id,"
                + " text_version, large_print_file_id, author_id, created_at, updated_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?)")) {
      insert.setLong(1, classId);
      insert.setString(2, kind);
      insert.setString(3, title);
      insert.setString(4, description);
      insert.setString(5, url);
      setLong(insert, 6, fileId);
      insert.setString(7, text);
      setLong(insert, 8, largePrint);
      insert.setLong(9, author);
      insert.setTimestamp(10, Timestamp.from(at));
      insert.setTimestamp(11, Timestamp.from(at));
      insert.executeUpdate();
    }
  }

  private static long news(
      Connection db, long school, Long classId, String title, String body, long author, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into class_news (school_id, class_id, title, body, author_id, published_at)"
                + " values (?,?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, school);
      setLong(insert, 2, classId);
      insert.setString(3, title);
      insert.setString(4, body);
      insert.setLong(5, author);
      insert.setTimestamp(6, Timestamp.from(at));
      insert.executeUpdate();
      return key(insert);
    }
  }

  private static long file(Connection db, String name, String type, byte[] content, Instant at)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "insert into class_file (file_name, media_type, size_bytes, content, created_at)"
                + " values (?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, name);
      insert.setString(2, type);
      insert.setInt(3, content.length);
      insert.setBytes(4, content);
      insert.setTimestamp(5, Timestamp.from(at));
      insert.executeUpdate();
      return key(insert);
    }
  }

  private static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
    if (value == null) {
      st.setNull(index, Types.BIGINT);
    } else {
      st.setLong(index, value);
    }
  }

  private static long key(PreparedStatement st) throws SQLException {
    try (ResultSet keys = st.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  /** A one-page PDF of the text's lines (ASCII letters only keep the demo file simple). */
  static byte[] pdf(String text, int fontSize) {
    StringBuilder content = new StringBuilder("BT /F1 " + fontSize + " Tf 40 780 Td ");
    content.append(fontSize + 6).append(" TL ");
    for (String line : text.split("\\R")) {
      String ascii =
          java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFD)
              .replaceAll("[^\\x20-\\x7e]", "")
              .replace("\\", "")
              .replace("(", "")
              .replace(")", "");
      content.append('(').append(ascii).append(") ' ");
    }
    content.append("ET");
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder out = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.length());
      out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = out.length();
    out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      out.append(String.format("%010d 00000 n \n", offset));
    }
    out.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return out.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** One second of a soft 440 Hz tone, 8 kHz mono 8 bit: a real, playable WAV file. */
  static byte[] wav() {
    int rate = 8000;
    byte[] samples = new byte[rate];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (byte) (128 + 30 * Math.sin(2 * Math.PI * 440 * i / rate));
    }
    ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length);
    header.put("WAVE".getBytes(StandardCharsets.US_ASCII));
    header.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1);
    header.putShort((short) 1).putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8);
    header.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length);
    byte[] out = new byte[44 + samples.length];
    System.arraycopy(header.array(), 0, out, 0, 44);
    System.arraycopy(samples, 0, out, 44, samples.length);
    return out;
  }

  /** A small drawing: a yellow sun over a green meadow under a blue sky. */
  static byte[] png() {
    BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x9fd3ff));
    g.fillRect(0, 0, 240, 110);
    g.setColor(new Color(0x3c8d2f));
    g.fillRect(0, 110, 240, 50);
    g.setColor(new Color(0xffd21f));
    g.fillOval(170, 20, 45, 45);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
