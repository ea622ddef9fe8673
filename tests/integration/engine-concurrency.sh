left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
!left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
5left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
`left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
`left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
,left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
5left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
`left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
`left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
,left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
{left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
}left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
=left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
5left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
3left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
^left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
[left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
9left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
]left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
\left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
{left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
6left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
4left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
\left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
}left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
jleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
jleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
[left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
]left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
3left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
?left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
,left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
^left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
#left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
bleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
3left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
'left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
:left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
.left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
&left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
wleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
kleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
qleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
*left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
mleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
xleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
1left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
yleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
|left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
gleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
pleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
-left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
<left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
(left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
$left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
Eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
tleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
aleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
rleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
2left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
>left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
dleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
vleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
/left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
uleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
lleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
;left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
cleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
oleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
eleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
_left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
)left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
"left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
 left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
0left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
fleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
nleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
ileft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
sleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
hleft=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0

left=0
for id in $(cat "$T"/id.*); do
  for d in /sys/fs/cgroup/*/edgectl/"$id" /sys/fs/cgroup/edgectl/"$id"; do [ -d "$d" ] && left=$((left+1)); done
done
check_eq "no cgroup of the first $N left" "$left" 0
