/* Test helper, like runc's recvtty: listen on a unix socket, receive one pty
 * master over SCM_RIGHTS, optionally type INPUT into it, and copy what the
 * container writes to stdout until the pty closes.
 * Usage: recvtty SOCKET_PATH [INPUT]  (prints "ready" on stderr once listening) */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  int s = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  struct sockaddr_un a = {.sun_family = AF_UNIX};
  strncpy(a.sun_path, argv[1], sizeof a.sun_path - 1);
  unlink(argv[1]);
  if (bind(s, (struct sockaddr*)&a, sizeof a) < 0 || listen(s, 1) < 0) {
    perror("recvtty: bind");
    return 1;
  }
  fprintf(stderr, "ready\n");
  int c = accept4(s, NULL, NULL, SOCK_CLOEXEC);
  if (c < 0) return 1;
  char buf[4096], ctrl[CMSG_SPACE(sizeof(int))];
  struct iovec iov = {buf, sizeof buf};
  struct msghdr m = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctrl, .msg_controllen = sizeof ctrl};
  if (recvmsg(c, &m, 0) < 0) return 1;
  struct cmsghdr* h = CMSG_FIRSTHDR(&m);
  if (!h || h->cmsg_type != SCM_RIGHTS) {
    fprintf(stderr, "recvtty: no fd\n");
    return 1;
  }
  int master;
  memcpy(&master, CMSG_DATA(h), sizeof master);
  if (argc > 2) {
    if (write(master, argv[2], strlen(argv[2])) < 0) return 1;
  }
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n <= 0) break; /* EIO when the last slave closes */
    fwrite(buf, 1, n, stdout);
    fflush(stdout);
  }
  return 0;
}
