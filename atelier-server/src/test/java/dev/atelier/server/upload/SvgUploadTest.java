package dev.atelier.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** SVG uploads: parsed without DTDs or entities, refused with scripts or outside references. */
class SvgUploadTest {
  private final UploadChecker checker = new UploadChecker(UploadLimits.DEFAULT);

  private static final String OPEN =
      "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
          + " width='200' height='100'>";

  private UploadVerdict check(String svg) {
    return checker.check(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml");
  }

  private String refusal(String svg) {
    UploadVerdict v = check(svg);
    assertThat(v).as(svg).isInstanceOf(UploadVerdict.Refused.class);
    UploadVerdict.Refused r = (UploadVerdict.Refused) v;
    assertThat(r.field()).isEqualTo("file");
    assertThat(r.status()).isEqualTo(422);
    return r.reason();
  }

  @Test
  void aPlainSvgIsTakenWithItsSizeAndColours() {
    UploadVerdict.Accepted a =
        (UploadVerdict.Accepted)
            check(
                OPEN
                    + "<rect width='10' height='10' fill='#ff0000'/><circle r='4' fill='navy'"
                    + " stroke='#ff0000'/><use xlink:href='#a'/></svg>");
    assertThat(a.kind()).isEqualTo(ArtworkKind.SVG);
    assertThat(a.widthPx()).isEqualTo(200);
    assertThat(a.heightPx()).isEqualTo(100);
    assertThat(a.colours()).isEqualTo(2);
    assertThat(a.photo()).isFalse();
  }

  @Test
  void scriptsHandlersForeignObjectsAndOutsideReferencesAreRefused() {
    assertThat(refusal(OPEN + "<script>alert(1)</script></svg>")).contains("<script>");
    assertThat(refusal(OPEN + "<rect onclick='alert(1)'/></svg>")).contains("event handler");
    assertThat(refusal(OPEN.replace("<svg ", "<svg onload='alert(1)' ") + "</svg>"))
        .contains("onload");
    assertThat(refusal(OPEN + "<image xlink:href='http://evil.example/x.png'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<a href='javascript:alert(1)'><rect/></a></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<foreignObject><div/></foreignObject></svg>"))
        .contains("foreignObject");
    assertThat(refusal(OPEN + "<rect style='fill:url(http://x/y)'/></svg>"))
        .contains("refers outside");
    assertThat(refusal(OPEN + "<style>@import url(http://x/a.css);</style></svg>"))
        .contains("style sheet");
  }

  @Test
  void doctypesAndEntitiesAreRefusedSoNoXxeIsPossible() {
    String xxe =
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
            + OPEN
            + "<text>&x;</text></svg>";
    assertThat(refusal(xxe)).contains("without DTD or entities");
    String billion =
        "<?xml version='1.0'?><!DOCTYPE svg [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;'>]>"
            + OPEN
            + "<text>&b;</text></svg>";
    assertThat(refusal(billion)).contains("without DTD or entities");
  }

  @Test
  void xmlThatIsNoSvgOrHasNoSizeIsRefused() {
    assertThat(refusal("<?xml version='1.0'?><html/>")).contains("not an SVG");
    assertThat(refusal("<svg xmlns='http://www.w3.org/2000/svg'></svg>")).contains("width");
  }

  @Test
  void theBlocklistFindsWordsWhateverTheirDisguise() {
    TextBlocklist list = TextBlocklist.shipped();
    assertThat(list.blocked("Love from Scunthorpe")).isEmpty();
    assertThat(list.blocked("ANNA & MAX")).isEmpty();
    assertThat(list.blocked("you sh1t!")).contains("sh1t");
    assertThat(list.blocked("FÜCK")).contains("FÜCK");
  }
}
