/* Test helper: a TCP proxy on 127.0.0.1 that misbehaves on purpose, so pull
 * tests can cut, stall or corrupt a real registry's responses.
 *
 * Usage: cutproxy PORT_FILE TARGET_HOST:PORT BYTES [MODE]
 *
 * Listens on 127.0.0.1 on an ephemeral port, writes that port ("12345\n") to
 * PORT_FILE (atomically: written beside it, then renamed), and forwards every
 * connection to TARGET. BYTES is an offset in the server->client stream of one
 * connection (HTTP headers included; keep-alive responses on one connection
 * add up; TLS passes through untouched and is counted as it is). MODE:
 *   once     (default) the first connection whose server->client stream
 *            reaches BYTES is cut there: both ends closed after exactly BYTES
 *            bytes reached the client. Every other connection passes through.
 *   always   every connection is cut after BYTES.
 *   K        (a number) the first K connections that reach BYTES are cut;
 *            0 passes everything. BYTES 0 closes a connection at once (the
 *            client may see a reset: its request is left unread).
 *   corrupt  the byte at offset BYTES of the first stream longer than BYTES
 *            is flipped (xor 0xff); nothing is cut.
 *   stall    the first stream reaching BYTES stops there: nothing more is
 *            forwarded either way, both sockets stay open until the client
 *            closes (for read-timeout tests).
 * One line per event on stderr ("cutproxy: conn 3: cut at 1000 bytes"), plus
 * best-effort request lines and Range headers of plain-HTTP requests, so a
 * test can check that a client resumed. poll()-based, single process, runs
 * until killed. */
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define MAXCONN 64
#define BUFSZ 65536

enum mode { M_CUT, M_CORRUPT, M_STALL };

struct dir {   /* one direction of a connection */
  int from, to;
  char buf[BUFSZ];
  size_t off, len;  /* pending bytes: buf[off, off+len) */
  int eof;          /* read side saw EOF */
  int done;         /* EOF seen, flushed and write side shut down */
  unsigned long long total;  /* bytes read from `from` so far */
};

struct conn {
  unsigned id;
  int cfd, sfd;
  struct dir up, down; /* up: client->server, down: server->client */
  int cut;             /* close both ends once `down` is flushed */
  int stalled;
};

static enum mode mode = M_CUT;
static long cut_budget = 1;  /* -1: every connection */
static unsigned long long limit;
static int corrupt_done, stall_done;
static struct conn* conns[MAXCONN];
static struct addrinfo* target;

static void close_conn(int i, const char* why) {
  struct conn* c = conns[i];
  fprintf(stderr, "cutproxy: conn %u: closed (%s), %llu bytes up, %llu down\n", c->id, why,
          c->up.total, c->down.total);
  close(c->cfd);
  if (c->sfd >= 0) close(c->sfd);
  free(c);
  conns[i] = NULL;
}

/* Called whenever the down stream sits exactly at `limit` bytes. */
static void at_limit(struct conn* c) {
  if (mode == M_CUT && cut_budget != 0) {
    if (cut_budget > 0) cut_budget--;
    c->cut = 1;
    fprintf(stderr, "cutproxy: conn %u: cut at %llu bytes\n", c->id, limit);
  } else if (mode == M_STALL && !stall_done) {
    stall_done = 1;
    c->stalled = 1;
    fprintf(stderr, "cutproxy: conn %u: stalled at %llu bytes\n", c->id, limit);
  }
}

/* Best effort: log request lines and Range headers of plain HTTP. */
static void log_request(struct conn* c, const char* p, size_t n) {
  static const char* methods[] = {"GET ", "HEAD ", "POST ", "PUT ", "PATCH ", "DELETE "};
  for (size_t m = 0; m < sizeof methods / sizeof *methods; m++) {
    size_t ml = strlen(methods[m]);
    if (n > ml && memcmp(p, methods[m], ml) == 0) {
      const char* e = memchr(p, '\r', n);
      fprintf(stderr, "cutproxy: conn %u: request %.*s\n", c->id, (int)((e ? e : p + n) - p), p);
    }
  }
  for (size_t i = 0; i + 8 < n; i++) {
    if (p[i] == '\n' && strncasecmp(p + i + 1, "range:", 6) == 0) {
      const char* s = p + i + 1;
      const char* e = memchr(s, '\r', n - (size_t)(s - p));
      fprintf(stderr, "cutproxy: conn %u: header %.*s\n", c->id, (int)((e ? e : p + n) - s), s);
    }
  }
}

/* Read what `d` may take now. Returns -1 when the connection must close. */
static int fill(struct conn* c, struct dir* d) {
  size_t want = BUFSZ;
  int is_down = d == &c->down;
  /* Stop exactly at the limit so a cut or stall lands on the right byte. */
  if (is_down && mode != M_CORRUPT && d->total < limit) {
    unsigned long long room = limit - d->total;
    if (room < want) want = (size_t)room;
  }
  ssize_t n = recv(d->from, d->buf, want, 0);
  if (n < 0) return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
  if (n == 0) {
    d->eof = 1;
    return 0;
  }
  if (is_down && mode == M_CORRUPT && !corrupt_done && d->total <= limit &&
      limit < d->total + (unsigned long long)n) {
    d->buf[limit - d->total] ^= 0xff;
    corrupt_done = 1;
    fprintf(stderr, "cutproxy: conn %u: corrupted byte at offset %llu\n", c->id, limit);
  }
  if (!is_down) log_request(c, d->buf, (size_t)n);
  d->total += (unsigned long long)n;
  d->off = 0;
  d->len = (size_t)n;
  if (is_down && d->total == limit) at_limit(c);
  return 0;
}

static int flush(struct dir* d) {
  ssize_t n = send(d->to, d->buf + d->off, d->len, MSG_NOSIGNAL);
  if (n < 0) return (errno == EAGAIN || errno == EINTR) ? 0 : -1;
  d->off += (size_t)n;
  d->len -= (size_t)n;
  return 0;
}

/* A direction whose source ended is finished once its buffer is flushed:
 * pass the EOF on as a half close, like a real TCP peer. */
static void maybe_done(struct dir* d) {
  if (d->eof && d->len == 0 && !d->done) {
    shutdown(d->to, SHUT_WR);
    d->done = 1;
  }
}

static void accept_one(int lfd, unsigned* next_id) {
  int cfd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
  if (cfd < 0) return;
  int slot = -1;
  for (int i = 0; i < MAXCONN; i++)
    if (!conns[i]) { slot = i; break; }
  struct conn* c = slot >= 0 ? calloc(1, sizeof *c) : NULL;
  if (!c) {
    fprintf(stderr, "cutproxy: too many connections, refusing one\n");
    close(cfd);
    return;
  }
  c->id = ++*next_id;
  c->cfd = cfd;
  c->sfd = -1;
  conns[slot] = c;
  /* The target is local: a blocking connect returns at once. */
  int sfd = socket(target->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (sfd < 0 || connect(sfd, target->ai_addr, target->ai_addrlen) < 0) {
    fprintf(stderr, "cutproxy: conn %u: connect to target: %s\n", c->id, strerror(errno));
    if (sfd >= 0) close(sfd);
    close_conn(slot, "no target");
    return;
  }
  fcntl(sfd, F_SETFL, fcntl(sfd, F_GETFL) | O_NONBLOCK);
  c->sfd = sfd;
  c->up.from = cfd, c->up.to = sfd;
  c->down.from = sfd, c->down.to = cfd;
  fprintf(stderr, "cutproxy: conn %u: open\n", c->id);
  if (limit == 0) at_limit(c);
  if (c->cut) close_conn(slot, "cut");
}

/* Progress one connection after poll; returns a reason to close it, or NULL. */
static const char* step(struct conn* c, short crev, short srev) {
  if (c->stalled) {
    if (c->down.len > 0 && (crev & (POLLOUT | POLLERR | POLLHUP)) && flush(&c->down) < 0)
      return "client gone";
    if (crev & (POLLIN | POLLERR | POLLHUP)) {
      char junk[4096];
      ssize_t n = recv(c->cfd, junk, sizeof junk, 0);
      if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) return "client closed while stalled";
    }
    return NULL;
  }
  if (c->up.len > 0 && (srev & (POLLOUT | POLLERR | POLLHUP)) && flush(&c->up) < 0)
    return "server write error";
  if (c->down.len > 0 && (crev & (POLLOUT | POLLERR | POLLHUP)) && flush(&c->down) < 0)
    return "client write error";
  if (c->up.len == 0 && !c->up.eof && (crev & (POLLIN | POLLERR | POLLHUP)) && fill(c, &c->up) < 0)
    return "client read error";
  if (c->down.len == 0 && !c->down.eof && !c->cut && (srev & (POLLIN | POLLERR | POLLHUP)) &&
      fill(c, &c->down) < 0)
    return "server read error";
  maybe_done(&c->up);
  maybe_done(&c->down);
  if (c->cut && c->down.len == 0) return "cut";
  if (c->up.done && c->down.done) return "eof";
  return NULL;
}

static int parse_mode(const char* m) {
  if (!strcmp(m, "once")) cut_budget = 1;
  else if (!strcmp(m, "always")) cut_budget = -1;
  else if (!strcmp(m, "corrupt")) mode = M_CORRUPT;
  else if (!strcmp(m, "stall")) mode = M_STALL;
  else {
    char* end;
    errno = 0;
    long k = strtol(m, &end, 10);
    if (errno || *end || end == m || k < 0) return -1;
    cut_budget = k;
  }
  return 0;
}

static int write_port_file(const char* path, int port) {
  char tmp[4096];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  char s[32];
  int n = snprintf(s, sizeof s, "%d\n", port);
  int ok = write(fd, s, (size_t)n) == n;
  close(fd);
  return ok ? rename(tmp, path) : -1;
}

int main(int argc, char** argv) {
  if (argc < 4 || argc > 5) {
    fprintf(stderr, "usage: cutproxy PORT_FILE TARGET_HOST:PORT BYTES [once|always|K|corrupt|stall]\n");
    return 2;
  }
  char* end;
  errno = 0;
  limit = strtoull(argv[3], &end, 10);
  if (errno || *end || end == argv[3] || argv[3][0] == '-' || (argc == 5 && parse_mode(argv[4]) < 0)) {
    fprintf(stderr, "cutproxy: bad BYTES or MODE\n");
    return 2;
  }
  char host[256];
  const char* colon = strrchr(argv[2], ':');
  size_t hl = colon ? (size_t)(colon - argv[2]) : 0;
  if (!colon || hl == 0 || hl >= sizeof host) {
    fprintf(stderr, "cutproxy: target must be HOST:PORT\n");
    return 2;
  }
  memcpy(host, argv[2], hl);
  host[hl] = 0;
  if (host[0] == '[' && hl > 2 && host[hl - 1] == ']') {  /* [::1]:port */
    memmove(host, host + 1, hl - 2);
    host[hl - 2] = 0;
  }
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM};
  int rc = getaddrinfo(host, colon + 1, &hints, &target);
  if (rc) {
    fprintf(stderr, "cutproxy: resolve %s: %s\n", argv[2], gai_strerror(rc));
    return 1;
  }
  signal(SIGPIPE, SIG_IGN);

  int lfd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  struct sockaddr_in a = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t al = sizeof a;
  if (lfd < 0 || bind(lfd, (struct sockaddr*)&a, sizeof a) < 0 || listen(lfd, 64) < 0 ||
      getsockname(lfd, (struct sockaddr*)&a, &al) < 0) {
    perror("cutproxy: listen");
    return 1;
  }
  if (write_port_file(argv[1], ntohs(a.sin_port)) < 0) {
    fprintf(stderr, "cutproxy: write %s: %s\n", argv[1], strerror(errno));
    return 1;
  }
  fprintf(stderr, "cutproxy: listening on 127.0.0.1:%d -> %s\n", ntohs(a.sin_port), argv[2]);

  unsigned next_id = 0;
  struct pollfd pf[1 + 2 * MAXCONN];
  for (;;) {
    pf[0] = (struct pollfd){.fd = lfd, .events = POLLIN};
    for (int i = 0; i < MAXCONN; i++) {
      struct conn* c = conns[i];
      short cev = 0, sev = 0;
      if (c && c->stalled) {
        cev = POLLIN | (c->down.len ? POLLOUT : 0);
      } else if (c) {
        if (c->up.len) sev |= POLLOUT;
        else if (!c->up.eof) cev |= POLLIN;
        if (c->down.len) cev |= POLLOUT;
        else if (!c->down.eof && !c->cut) sev |= POLLIN;
      }
      /* A negative fd is skipped: no busy loop on an error we can't act on yet. */
      pf[1 + 2 * i] = (struct pollfd){.fd = cev ? c->cfd : -1, .events = cev};
      pf[2 + 2 * i] = (struct pollfd){.fd = sev ? c->sfd : -1, .events = sev};
    }
    if (poll(pf, 1 + 2 * MAXCONN, -1) < 0) {
      if (errno == EINTR) continue;
      perror("cutproxy: poll");
      return 1;
    }
    for (int i = 0; i < MAXCONN; i++) {
      if (!conns[i]) continue;
      short crev = pf[1 + 2 * i].fd >= 0 ? pf[1 + 2 * i].revents : 0;
      short srev = pf[2 + 2 * i].fd >= 0 ? pf[2 + 2 * i].revents : 0;
      if (!crev && !srev) continue;
      const char* why = step(conns[i], crev, srev);
      if (why) close_conn(i, why);
    }
    if (pf[0].revents & POLLIN) accept_one(lfd, &next_id);
  }
}
