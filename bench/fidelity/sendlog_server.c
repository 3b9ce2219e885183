/* sendlog_server: an OpenAI-compatible streaming server that logs when it sent each token.
 *
 * The fixed point of the fidelity benchmark (bench/fidelity.py): every client under test
 * streams from this one server, and each client's error per token event is its own receive
 * time minus the send time logged here, both CLOCK_MONOTONIC on the same machine.
 *
 * One thread, one epoll set, a timerfd for the schedule: no Qt, nothing of Tokenmeter.
 * Every POST gets a chunked text/event-stream answer: a role delta at once, then EVENTS
 * token events (content "r<i> ") every INTERVAL_US after a first delay of the same length,
 * a finish_reason chunk, a usage chunk and [DONE]. Keep-alive connections are served
 * request after request. When a stream ends, one JSON line goes to LOG:
 *   {"id": X-Request-Id, "send_ns": [CLOCK_MONOTONIC just before each token's write()]}
 *
 * Build: cc -O2 -o sendlog_server sendlog_server.c
 * Use:   sendlog_server PORT LOG [EVENTS=50] [INTERVAL_US=20000]
 *        PORT 0 picks a free port; the port is printed as "listening PORT" on stdout.
 *        SIGTERM or SIGINT flushes the log and exits.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

enum { kInCap = 64 * 1024, kOutCap = 256 * 1024, kMaxConns = 8192, kIdCap = 96 };

typedef struct {
    int fd;
    char in[kInCap];
    size_t inLen;
    char *out; /* bytes a full socket did not take yet */
    size_t outLen;
    int streaming;  /* a request is being answered */
    int sent;       /* token events sent */
    int64_t dueNs;  /* the next token event's time */
    int heapIndex;  /* in the schedule, or -1 */
    char id[kIdCap];
    int64_t *sendNs;
} Conn;

static int gEvents = 50;
static int64_t gIntervalNs = 20000000;
static FILE *gLog;
static Conn *gConns[kMaxConns];
static Conn *gHeap[kMaxConns]; /* a binary min-heap on dueNs */
static int gHeapSize;
static volatile sig_atomic_t gStop;

static int64_t nowNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static void heapSwap(int a, int b)
{
    Conn *t = gHeap[a];
    gHeap[a] = gHeap[b];
    gHeap[b] = t;
    gHeap[a]->heapIndex = a;
    gHeap[b]->heapIndex = b;
}

static void heapUp(int i)
{
    while (i > 0 && gHeap[(i - 1) / 2]->dueNs > gHeap[i]->dueNs) {
        heapSwap(i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}

static void heapDown(int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < gHeapSize && gHeap[l]->dueNs < gHeap[m]->dueNs) m = l;
        if (r < gHeapSize && gHeap[r]->dueNs < gHeap[m]->dueNs) m = r;
        if (m == i) return;
        heapSwap(i, m);
        i = m;
    }
}

static void heapPush(Conn *c)
{
    c->heapIndex = gHeapSize;
    gHeap[gHeapSize++] = c;
    heapUp(c->heapIndex);
}

static void heapRemove(Conn *c)
{
    int i = c->heapIndex;
    if (i < 0) return;
    c->heapIndex = -1;
    if (--gHeapSize == i) return;
    gHeap[i] = gHeap[gHeapSize];
    gHeap[i]->heapIndex = i;
    heapUp(i);
    heapDown(gHeap[i]->heapIndex);
}

static void armTimer(int tfd)
{
    struct itimerspec its = {0};
    if (gHeapSize > 0) {
        int64_t due = gHeap[0]->dueNs;
        its.it_value.tv_sec = due / 1000000000LL;
        its.it_value.tv_nsec = due % 1000000000LL;
        if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0) its.it_value.tv_nsec = 1;
    }
    timerfd_settime(tfd, TFD_TIMER_ABSTIME, &its, NULL);
}

static void closeConn(int ep, Conn *c)
{
    heapRemove(c);
    epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    gConns[c->fd] = NULL;
    free(c->out);
    free(c->sendNs);
    free(c);
}

/* Sends what it can; keeps the rest (bounded) for EPOLLOUT. 0, or -1 when the connection is lost. */
static int sendBytes(int ep, Conn *c, const char *p, size_t n)
{
    if (c->outLen == 0) {
        ssize_t w = write(c->fd, p, n);
        if (w < 0 && errno != EAGAIN) return -1;
        if (w > 0) { p += w; n -= (size_t)w; }
        if (n == 0) return 0;
    }
    if (c->outLen + n > kOutCap) return -1; /* a client that reads nothing */
    if (!c->out) c->out = malloc(kOutCap);
    memcpy(c->out + c->outLen, p, n);
    c->outLen += n;
    struct epoll_event e = {.events = EPOLLIN | EPOLLOUT, .data.fd = c->fd};
    epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &e);
    return 0;
}

static int sendChunk(int ep, Conn *c, const char *payload)
{
    char buf[1024];
    size_t len = strlen(payload);
    int n = snprintf(buf, sizeof buf, "%zx\r\n%s\r\n", len, payload);
    return sendBytes(ep, c, buf, (size_t)n);
}

static void logStream(Conn *c)
{
    fprintf(gLog, "{\"id\":\"%s\",\"send_ns\":[", c->id);
    for (int i = 0; i < c->sent; ++i) fprintf(gLog, "%s%lld", i ? "," : "", (long long)c->sendNs[i]);
    fprintf(gLog, "]}\n");
}

static const char *findHeader(const char *head, size_t headLen, const char *name, size_t *valueLen)
{
    size_t nameLen = strlen(name);
    const char *p = head, *end = head + headLen;
    while (p < end) {
        const char *eol = memmem(p, (size_t)(end - p), "\r\n", 2);
        if (!eol) eol = end;
        if ((size_t)(eol - p) > nameLen && p[nameLen] == ':' && strncasecmp(p, name, nameLen) == 0) {
            const char *v = p + nameLen + 1;
            while (v < eol && *v == ' ') ++v;
            *valueLen = (size_t)(eol - v);
            return v;
        }
        p = eol + 2;
    }
    return NULL;
}

/* 0, or -1 when the connection is lost. */
static int startStream(int ep, Conn *c, const char *head, size_t headLen)
{
    size_t idLen = 0, n = 0;
    const char *id = findHeader(head, headLen, "X-Request-Id", &idLen);
    for (size_t i = 0; id && i < idLen && n < kIdCap - 1; ++i) {
        char ch = id[i];
        if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '_'
            || ch == '.')
            c->id[n++] = ch;
    }
    c->id[n] = '\0';
    static const char kHead[] = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                                "Transfer-Encoding: chunked\r\nConnection: keep-alive\r\n\r\n";
    if (sendBytes(ep, c, kHead, sizeof kHead - 1) < 0
        || sendChunk(ep, c, "data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":"
                            "\"bench\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\"},"
                            "\"finish_reason\":null}]}\n\n")
               < 0)
        return -1;
    c->streaming = 1;
    c->sent = 0;
    c->dueNs = nowNs() + gIntervalNs;
    heapPush(c);
    return 0;
}

/* Serves every complete request in the input; 0, or -1 when the connection went. */
static int serveInput(int ep, Conn *c)
{
    while (!c->streaming && c->inLen > 0) {
        char *end = memmem(c->in, c->inLen, "\r\n\r\n", 4);
        if (!end) return c->inLen < kInCap ? 0 : -1;
        size_t headLen = (size_t)(end - c->in) + 4, lenLen = 0;
        const char *len = findHeader(c->in, headLen, "Content-Length", &lenLen);
        long body = len ? strtol(len, NULL, 10) : 0;
        if (body < 0 || headLen + (size_t)body > kInCap) return -1;
        if (c->inLen < headLen + (size_t)body) return 0;
        if (strncmp(c->in, "POST ", 5) == 0) {
            if (startStream(ep, c, c->in, headLen) < 0) return -1;
        } else {
            static const char k404[] = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
            if (sendBytes(ep, c, k404, sizeof k404 - 1) < 0) return -1;
        }
        memmove(c->in, c->in + headLen + body, c->inLen - headLen - (size_t)body);
        c->inLen -= headLen + (size_t)body;
    }
    return 0;
}

/* The next token event of `c`, or its end. 0, or -1 when the connection went. */
static int sendNext(int ep, Conn *c)
{
    char payload[512];
    snprintf(payload, sizeof payload,
             "data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"bench\","
             "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"r%d \"},\"finish_reason\":null}]}\n\n",
             c->sent);
    c->sendNs[c->sent++] = nowNs();
    if (sendChunk(ep, c, payload) < 0) return -1;
    if (c->sent < gEvents) {
        c->dueNs += gIntervalNs;
        heapPush(c);
        return 0;
    }
    char tail[1024];
    snprintf(tail, sizeof tail,
                     "data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"bench\","
                     "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                     "data: {\"id\":\"bench\",\"object\":\"chat.completion.chunk\",\"created\":0,\"model\":\"bench\","
                     "\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":%d,\"total_tokens\":%d}}\n\n"
                     "data: [DONE]\n\n",
                     gEvents, gEvents + 10);
    if (sendChunk(ep, c, tail) < 0 || sendBytes(ep, c, "0\r\n\r\n", 5) < 0) return -1;
    logStream(c);
    c->streaming = 0;
    return serveInput(ep, c); /* a request sent behind this one */
}

static void onTimer(int ep, int tfd)
{
    uint64_t expirations;
    if (read(tfd, &expirations, sizeof expirations) < 0 && errno != EAGAIN) return;
    while (gHeapSize > 0 && gHeap[0]->dueNs <= nowNs()) {
        Conn *c = gHeap[0];
        heapRemove(c);
        if (sendNext(ep, c) < 0) closeConn(ep, c);
    }
}

static void onReadable(int ep, Conn *c)
{
    for (;;) {
        if (c->inLen == kInCap) { closeConn(ep, c); return; }
        ssize_t got = read(c->fd, c->in + c->inLen, kInCap - c->inLen);
        if (got > 0) { c->inLen += (size_t)got; continue; }
        if (got == 0 || errno != EAGAIN) { closeConn(ep, c); return; }
        break;
    }
    if (serveInput(ep, c) < 0 && gConns[c->fd] == c) closeConn(ep, c);
}

static void onWritable(int ep, Conn *c)
{
    ssize_t w = write(c->fd, c->out, c->outLen);
    if (w < 0 && errno != EAGAIN) { closeConn(ep, c); return; }
    if (w > 0) {
        memmove(c->out, c->out + w, c->outLen - (size_t)w);
        c->outLen -= (size_t)w;
    }
    if (c->outLen == 0) {
        struct epoll_event e = {.events = EPOLLIN, .data.fd = c->fd};
        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &e);
    }
}

static void onAccept(int ep, int listener)
{
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_NONBLOCK);
        if (fd < 0) return;
        if (fd >= kMaxConns) { close(fd); continue; }
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        Conn *c = calloc(1, sizeof *c);
        c->fd = fd;
        c->heapIndex = -1;
        c->sendNs = calloc((size_t)gEvents, sizeof *c->sendNs);
        gConns[fd] = c;
        struct epoll_event e = {.events = EPOLLIN, .data.fd = fd};
        epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e);
    }
}

static void onSignal(int sig)
{
    (void)sig;
    gStop = 1;
}

static int listenOn(int port)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(fd, (struct sockaddr *)&a, sizeof a) < 0 || listen(fd, 4096) < 0) return -1;
    socklen_t len = sizeof a;
    getsockname(fd, (struct sockaddr *)&a, &len);
    printf("listening %d\n", ntohs(a.sin_port));
    fflush(stdout);
    return fd;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s PORT LOG [EVENTS=50] [INTERVAL_US=20000]\n", argv[0]);
        return 2;
    }
    gEvents = argc > 3 ? atoi(argv[3]) : 50;
    gIntervalNs = (argc > 4 ? atoll(argv[4]) : 20000) * 1000LL;
    if (gEvents < 1 || gEvents > 100000 || gIntervalNs < 0) {
        fprintf(stderr, "EVENTS must be 1 to 100000 and INTERVAL_US at least 0\n");
        return 2;
    }
    gLog = fopen(argv[2], "w");
    int listener = listenOn(atoi(argv[1]));
    if (!gLog || listener < 0) {
        perror("sendlog_server");
        return 1;
    }
    struct sigaction sa = {.sa_handler = onSignal};
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
    int ep = epoll_create1(0), tfd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK);
    struct epoll_event le = {.events = EPOLLIN, .data.fd = -1}, te = {.events = EPOLLIN, .data.fd = -2};
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &le);
    epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &te);
    while (!gStop) {
        struct epoll_event evs[512];
        int n = epoll_wait(ep, evs, 512, 1000);
        for (int i = 0; i < n; ++i) {
            int fd = evs[i].data.fd;
            if (fd == -1) { onAccept(ep, listener); continue; }
            if (fd == -2) { onTimer(ep, tfd); continue; }
            Conn *c = gConns[fd];
            if (c && (evs[i].events & EPOLLOUT)) onWritable(ep, c);
            c = gConns[fd];
            if (c && (evs[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) onReadable(ep, c);
        }
        if (gHeapSize > 0 && gHeap[0]->dueNs <= nowNs()) onTimer(ep, tfd); /* never behind a busy loop */
        armTimer(tfd);
    }
    fclose(gLog);
    return 0;
}
