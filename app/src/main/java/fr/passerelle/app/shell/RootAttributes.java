package fr.passerelle.app.shell;

import java.util.Map;

/**
 * Attributes a feature puts on the page's {@code <html>} element in the first HTML the server sends
 * (for example the person's theme, so the page never flashes in the default colours).
 */
public interface RootAttributes {

  /** Called while the page is requested, with the caller's security context. */
  Map<String, String> forCurrentRequest();
}
