package dev.atelier.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  private static final Instant T = Instant.parse("2026-11-22T14:00:00Z");
  private static final byte[] BODY = "{\"type\":\"order.placed\"}".getBytes(StandardCharsets.UTF_8);
  private static final Duration TOLERANCE = Duration.ofMinutes(5);

  @Test
  void theHeaderIsTheHmacOfTimestampDotBody() throws GeneralSecurityException {
    String header = WebhookSignature.sign("whsec", T, BODY);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("whsec".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected =
        mac.doFinal(
            (T.getEpochSecond() + "." + new String(BODY, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(header)
        .isEqualTo("t=" + T.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(expected));
    assertThat(WebhookSignature.verify("whsec", header, BODY, T.plusSeconds(10), TOLERANCE))
        .isTrue();
  }

  @Test
  void wrongSecretTamperedBodyStaleTimestampAndGarbageAreRejected() {
    String header = WebhookSignature.sign("whsec", T, BODY);
    byte[] tampered = "{\"type\":\"order.placid\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSignature.verify("other", header, BODY, T, TOLERANCE)).isFalse();
    assertThat(WebhookSignature.verify("whsec", header, tampered, T, TOLERANCE)).isFalse();
    assertThat(WebhookSignature.verify("whsec", header, BODY, T.plusSeconds(301), TOLERANCE))
        .isFalse();
    String forgedTime = header.replace("t=" + T.getEpochSecond(), "t=" + (T.getEpochSecond() + 1));
    assertThat(WebhookSignature.verify("whsec", forgedTime, BODY, T, TOLERANCE)).isFalse();
    for (String garbage : new String[] {null, "", "t=x,v1=zz", "v1=00", "t=1"}) {
      assertThat(WebhookSignature.verify("whsec", garbage, BODY, T, TOLERANCE)).isFalse();
    }
  }
}
