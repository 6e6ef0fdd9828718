package dev.atelier.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared page head: what a page's first line asks for is what the browser gets. */
class PageHeadTest {

  @Test
  void theDirectiveBecomesTheHead() {
    String page =
        "<!--#head title=\"Inbox · Atelier\" i18n=\"inbox.title\" css=\"a.css b.css\""
            + " classic=\"/webjars/chart.js\" js=\"inbox.js\"-->\n<body>\n</body>\n";

    assertThat(PageHead.expand(page))
        .contains(
            """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title data-i18n="inbox.title">Inbox · Atelier</title>
              <link rel="icon" href="/favicon.svg" type="image/svg+xml">
              <link rel="stylesheet" href="/account/account.css">
              <link rel="stylesheet" href="a.css">
              <link rel="stylesheet" href="b.css">
              <script src="/webjars/chart.js"></script>
              <script type="module" src="/account/header.js"></script>
              <script type="module" src="inbox.js"></script>
            </head>
            <body>
            </body>
            """);
  }

  @Test
  void aTitleWithoutKeyAndNoExtrasGivesTheBareHead() {
    assertThat(PageHead.expand("<!--#head title=\"A&B\" js=\"p.js\"-->\n<body></body>"))
        .hasValueSatisfying(
            html ->
                assertThat(html)
                    .contains("  <title>A&amp;B</title>\n  <link rel=\"icon\"")
                    .doesNotContain("<script src=")
                    .endsWith("</head>\n<body></body>"));
  }

  @Test
  void aPageWithoutTheDirectiveIsLeftAlone() {
    assertThat(PageHead.expand("<!doctype html>\n<html lang=\"en\">")).isEmpty();
    assertThat(PageHead.expand("<p><!--#head title=\"x\"--></p>")).isEmpty();
  }
}
