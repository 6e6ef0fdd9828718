package dev.atelier.formats.featuremodel;

import java.io.Reader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers for untrusted XML model files: no DTDs, no external entities, coalesced text.
 * Thread-safe (a new factory per call).
 */
public final class SafeXml {

  private SafeXml() {}

  /** A streaming reader of {@code reader} that refuses DTDs and external entities. */
  public static XMLStreamReader open(Reader reader) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    return factory.createXMLStreamReader(reader);
  }
}
