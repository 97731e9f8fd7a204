package fr.passerelle.media.visio;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonpCharacterEscapes;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON handed to a page's script (the IFrame API's configuration, the interpreters to pin), written
 * by Jackson so that it stays safe wherever the page puts it: {@code <} is escaped (it can never
 * close a script element) and so are the line separators U+2028 and U+2029.
 */
public final class ScriptJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new ScriptEscapes()).build())
          .build();

  private ScriptJson() {}

  /** The value (maps, lists, strings, numbers, booleans, null) as JSON. */
  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** JSONP's escapes (U+2028, U+2029) and {@code <}. */
  private static final class ScriptEscapes extends JsonpCharacterEscapes {

    private static final long serialVersionUID = 1L;
    private static final SerializedString LESS_THAN = new SerializedString("\\u003c");
    private final int[] ascii;

    ScriptEscapes() {
      ascii = super.getEscapeCodesForAscii().clone();
      ascii['<'] = CharacterEscapes.ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == '<' ? LESS_THAN : super.getEscapeSequence(ch);
    }
  }
}
