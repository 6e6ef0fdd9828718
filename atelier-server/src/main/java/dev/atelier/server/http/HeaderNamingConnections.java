package dev.atelier.server.http;

import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Jetty's HTTP/1.1 connections, parsing requests with a {@link HeaderNamingParser} and checking
 * their paths' encoding ({@link PathCheckingHandler}); otherwise made and configured as {@link
 * HttpConnectionFactory} makes them. Thread-safe.
 */
final class HeaderNamingConnections extends HttpConnectionFactory {

  HeaderNamingConnections(HttpConfiguration http) {
    super(http);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new HttpConnection(getHttpConfiguration(), connector, endPoint) {
          @Override
          protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpParser plain = super.newHttpParser(compliance);
            HttpParser parser =
                new HeaderNamingParser(
                    new PathCheckingHandler((HttpParser.RequestHandler) plain.getHandler()),
                    getHttpConfiguration().getRequestHeaderSize(),
                    compliance);
            parser.setHeaderCacheSize(plain.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(plain.isHeaderCacheCaseSensitive());
            return parser;
          }
        };
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }
}
