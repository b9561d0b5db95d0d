package dev.httpcodes.server.connection;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFactory;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.DatagramChannel;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.ClientOptionsBase;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.transport.Transport;
import java.net.SocketAddress;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Vert.x's NIO transport with one addition: every HTTP listener it binds gets an {@link Admission} handler, the only
 * place where a connection can be seen at accept time (Vert.x offers no hook before its protocol detection).
 * Everything else is delegated unchanged.
 */
public final class AdmittingTransport implements Transport {
    private final io.vertx.core.spi.transport.Transport delegate = Transport.NIO.implementation();
    private final Admission.Limits limits;

    /**
     * @param maxConnections      open connections beyond which a new one is closed at accept
     * @param headerTimeoutMillis how long a connection has for each request head, from accept and from the end of
     *                            the previous response
     */
    public AdmittingTransport(int maxConnections, long headerTimeoutMillis, AtomicInteger open, AtomicLong refused,
            AtomicLong headerTimeouts) {
        this.limits = new Admission.Limits(maxConnections, headerTimeoutMillis, open, refused, headerTimeouts);
    }

    @Override
    public String name() {
        return "nio";
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Throwable unavailabilityCause() {
        return null;
    }

    @Override
    public io.vertx.core.spi.transport.Transport implementation() {
        return new Implementation();
    }

    private final class Implementation implements io.vertx.core.spi.transport.Transport {
        @Override
        public boolean supportsDomainSockets() {
            return delegate.supportsDomainSockets();
        }

        @Override
        public boolean supportFileRegion() {
            return delegate.supportFileRegion();
        }

        @Override
        public SocketAddress convert(io.vertx.core.net.SocketAddress address) {
            return delegate.convert(address);
        }

        @Override
        public io.vertx.core.net.SocketAddress convert(SocketAddress address) {
            return delegate.convert(address);
        }

        @Override
        public IoHandlerFactory ioHandlerFactory() {
            return delegate.ioHandlerFactory();
        }

        @Override
        public EventLoopGroup eventLoopGroup(int type, int nThreads, ThreadFactory threadFactory, int ioRatio) {
            return delegate.eventLoopGroup(type, nThreads, threadFactory, ioRatio);
        }

        @Override
        public DatagramChannel datagramChannel() {
            return delegate.datagramChannel();
        }

        @Override
        @SuppressWarnings("deprecation") // the interface still names Netty's deprecated protocol family
        public DatagramChannel datagramChannel(io.netty.channel.socket.InternetProtocolFamily family) {
            return delegate.datagramChannel(family);
        }

        @Override
        public ChannelFactory<? extends Channel> channelFactory(boolean domainSocket) {
            return delegate.channelFactory(domainSocket);
        }

        @Override
        public ChannelFactory<? extends ServerChannel> serverChannelFactory(boolean domainSocket) {
            return delegate.serverChannelFactory(domainSocket);
        }

        @Override
        public void configure(DatagramChannel channel, DatagramSocketOptions options) {
            delegate.configure(channel, options);
        }

        @Override
        public void configure(ClientOptionsBase options, int connectTimeout, boolean domainSocket,
                Bootstrap bootstrap) {
            delegate.configure(options, connectTimeout, domainSocket, bootstrap);
        }

        @Override
        public void configure(NetServerOptions options, boolean domainSocket, ServerBootstrap bootstrap) {
            delegate.configure(options, domainSocket, bootstrap);
            if (options instanceof HttpServerOptions http) {
                bootstrap.handler(new Admission(limits, new HttpServerOptions(http)));
            }
        }
    }
}
