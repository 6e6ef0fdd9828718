package dev.atelier.server.http;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head every shop page shares (document type, character set, viewport, the shop's style sheet
 * and header script), written once here instead of in each page. A page asks for it with a first
 * line such as {@code <!--#head title="Sign in · Atelier" i18n="signin.title" js="signin.js"-->}:
 *
 * <ul>
 *   <li>{@code title}: the page title, {@code i18n} (optional) its translation key;
 *   <li>{@code css} (optional): the page's own style sheets after the shop's, space-separated;
 *   <li>{@code classic} (optional): classic scripts (WebJars), space-separated;
 *   <li>{@code js}: the page's module script, run after the header script.
 * </ul>
 *
 * The values are the page author's, written as given (escaped for an attribute). A record, so
 * immutable and thread-safe.
 *
 * @param title the page title
 * @param i18n the title's translation key, or empty
 * @param styles the page's style sheets after {@code /account/account.css}
 * @param classic the classic scripts, which run before every module script
 * @param module the page's module script
 */
record PageHead(
    String title, String i18n, List<String> styles, List<String> classic, String module) {

  private static final Pattern DIRECTIVE =
      Pattern.compile("\\A<!--#head((?:\\s+\\w+=\"[^\"]*\")*)\\s*-->\\R");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  /** The head {@code page} asks for and the rest of the page, or empty for a page without one. */
  static Optional<String> expand(String page) {
    Matcher directive = DIRECTIVE.matcher(page);
    if (!directive.find()) {
      return Optional.empty();
    }
    Map<String, String> attributes = new HashMap<>();
    Matcher a = ATTRIBUTE.matcher(directive.group(1));
    while (a.find()) {
      attributes.put(a.group(1), a.group(2));
    }
    PageHead head =
        new PageHead(
            attributes.getOrDefault("title", "Atelier"),
            attributes.getOrDefault("i18n", ""),
            words(attributes.getOrDefault("css", "")),
            words(attributes.getOrDefault("classic", "")),
            attributes.getOrDefault("js", ""));
    return Optional.of(head.html() + page.substring(directive.end()));
  }

  private static List<String> words(String list) {
    return Arrays.stream(list.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** The head element, with the document type and the opening {@code html} tag before it. */
  String html() {
    StringBuilder out = new StringBuilder(512);
    out.append("<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n")
        .append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("  <title")
        .append(i18n.isEmpty() ? "" : " data-i18n=\"" + escape(i18n) + "\"")
        .append('>')
        .append(escape(title))
        .append("</title>\n  <link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
        .append("  <link rel=\"stylesheet\" href=\"/account/account.css\">\n");
    for (String style : styles) {
      out.append("  <link rel=\"stylesheet\" href=\"").append(escape(style)).append("\">\n");
    }
    for (String script : classic) {
      out.append("  <script src=\"").append(escape(script)).append("\"></script>\n");
    }
    out.append("  <script type=\"module\" src=\"/account/header.js\"></script>\n");
    if (!module.isEmpty()) {
      out.append("  <script type=\"module\" src=\"")
          .append(escape(module))
          .append("\"></script>\n");
    }
    return out.append("</head>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
