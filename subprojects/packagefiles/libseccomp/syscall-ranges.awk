# Fails when a syscalls.csv value does not fit the 16-bit fields of our table
# patch (libseccomp-edgectl/syscall-table-16bit.patch); column 5 (arm) is 32-bit.
BEGIN { FS = "," }
/^#/ { next }
{
  for (i = 2; i <= NF; i++)
    if (i != 5 && $i != "PNR" && ($i + 0 > 32767 || $i + 0 < -32768)) {
      printf "syscalls.csv: %s column %d = %s does not fit 16 bits\n", $1, i, $i > "/dev/stderr"
      bad = 1
    }
}
END { exit bad }
