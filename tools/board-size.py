#!/usr/bin/env python3
"""Size of a board binary by module, from an lld link map (tools/build-board.sh).

usage: board-size.py BINARY MAP LDCMD   (LDCMD: the ld.lld command line zig ran)

Sums the input sections the linker kept (after --gc-sections) per module. Objects that
reach the linker as machine code (musl, libc++ and the rest of zig's runtime) are attributed
by archive. Everything compiled with -flto (our code and the four libraries) comes out of LTO
as one object, <output>.lto.o; its sections are per function/object (-ffunction-sections),
so they are attributed by symbol: a global symbol to the archive whose index (armap) lists it,
a local one by name: our namespaces (ec::rt, ec::engine, ec::img, ec::net,
ec::cli, the rest of ec:: is src/core), the libraries by their prefixes, libc++ templates
instantiated in our code apart. Code inlined into a caller counts where it was inlined;
file-local helpers outside the ec namespaces and merged string constants stay unattributed.
.bss takes no file space and is shown apart.
"""
import os
import re
import subprocess
import sys

OURS = [  # longest prefix first
    ('src/rt/engine/', 'src/rt/engine'), ('src/core/', 'src/core'), ('src/rt/', 'src/rt'),
    ('src/img/', 'src/img'), ('src/net/', 'src/net'), ('src/cli/', 'src/cli'),
]
ARCHIVES = {
    'libedgectl_core.a': 'src/core', 'libedgectl_rt.a': 'src/rt', 'libedgectl_engine.a': 'src/rt/engine',
    'libedgectl_img.a': 'src/img', 'libedgectl_net.a': 'src/net',
    'libcjson.a': 'cJSON', 'libz.a': 'zlib', 'libmbedcrypto.a': 'mbedcrypto',
    'libmbedx509.a': 'mbedx509', 'libmbedtls.a': 'mbedtls (ssl)', 'libseccomp.a': 'libseccomp',
    'libc.a': 'musl libc', 'libc++.a': 'libc++', 'libc++abi.a': 'libc++abi',
    'libunwind.a': 'libunwind', 'libcompiler_rt.a': 'compiler-rt',
}
NOBITS = ('.bss', '.tbss')


NAMESPACES = [('ec::engine::', 'src/rt/engine'), ('ec::rt::', 'src/rt'), ('ec::img::', 'src/img'),
              ('ec::net::', 'src/net'), ('ec::cli::', 'src/cli'), ('ec::', 'src/core')]
C_PREFIXES = [
    (r'mbedtls_(ssl|tls)', 'mbedtls (ssl)'), (r'mbedtls_(x509|pkcs11)', 'mbedx509'),
    (r'(mbedtls_|psa_|mbedcrypto)', 'mbedcrypto'), (r'cJSON', 'cJSON'),
    (r'(wordlist|seccomp_|_?db_|arch_|_?gen_bpf|_?gen_pfc|_?bpf_|_?program_|_?blk_|_?hsh_|_?syscall|'
     r'sys_|_?hash|jhash|in_word_set|_?filter_|_?sys_|x86_|x32_|aarch64_|arm_|mips|parisc|ppc|'
     r'riscv|s390|_?ll_)', 'libseccomp'),
    (r'(deflate|inflate|crc32|adler32|_tr_|zcalloc|zcfree|gz|longest_match|fill_window|'
     r'compress|uncompress|zError|zlib|z_errmsg|inflate_|deflate_|build_tree|send_tree|'
     r'compress_block|pqdownheap|gen_bitlen|gen_codes|scan_tree|build_bl_tree|'
     r'send_all_trees|bi_|copy_block|init_block|slide_hash|read_buf|fixedtables|updatewindow|'
     r'crc_|multmodp|x2nmodp|braid|_dist_code|_length_code|static_|base_length|base_dist|'
     r'extra_|bl_order|configuration_table|lenfix|distfix|order|inflate_table)', 'zlib'),
]


def armap(path):
    """Global symbols listed in an ar archive's GNU/SysV index (also for LLVM bitcode members)."""
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return []
    if not data.startswith(b'!<arch>\n') or data[8:10] not in (b'/ ', b'/S'):
        return []
    width = 8 if data[8:16] == b'/SYM64/ ' else 4
    body = data[68:68 + int(data[56:66])]
    n = int.from_bytes(body[:width], 'big')
    names = body[width + n * width:].split(b'\0')[:n]
    return [x.decode('utf-8', 'replace') for x in names]


def demangle(names):
    try:
        res = subprocess.run(['c++filt'], input='\n'.join(names), capture_output=True, text=True)
        out = res.stdout.split('\n')
        if res.returncode == 0 and len(out) >= len(names):
            return dict(zip(names, out))
    except OSError:
        pass
    return {n: n for n in names}


def module_of_symbol(sym):
    name = re.sub(r'^\(anonymous namespace\)::', '', sym)
    for prefix, mod in NAMESPACES:
        if name.startswith(prefix):
            return mod
    if name.startswith('std::') or name.startswith('void std::') or ' std::' in name[:40]:
        return 'libc++ templates (in our code)'
    if sym.startswith('_Z'):
        return 'unattributed (not demangled)'
    for pat, mod in C_PREFIXES:
        if re.match(pat, name):
            return mod
    if '(' in name or '::' in name:
        return 'src: file-local helpers'
    return 'unattributed'


def module_of(infile):
    """Module of a map 'In' entry such as
    edgectl.lto.libedgectl_rt.a(src_rt_caps.cpp.o).o, .../libc.a(memcpy.o), edgectl.p/x.cpp.o"""
    if infile.startswith('<internal>:(.rodata.str'):
        return 'string constants (merged, all modules)'
    if infile.startswith('<internal>:(.eh_frame'):
        return 'unwind tables (.eh_frame)'
    if infile.startswith('<internal>'):
        return 'linker (got, plt, headers ...)'
    for arch, mod in ARCHIVES.items():
        if re.search(r'(^|[/.])' + re.escape(arch) + r'\(', infile):
            return mod
    norm = infile.replace('_', '/')
    if 'edgectl.p/' in infile or 'edgectl.lto.' in infile:
        for prefix, mod in OURS:
            if prefix in norm:
                return mod
        return 'src/cli'
    base = os.path.basename(infile.split('(')[0])
    if base.startswith('crt') and base.endswith('.o'):
        return 'musl libc'
    return 'other: ' + base


def main():
    binary, mapfile, ldcmd = sys.argv[1], sys.argv[2], sys.argv[3]
    owner = {}  # global symbol -> module, from the archives' indexes
    with open(ldcmd) as f:
        for arg in f.read().split():
            if arg.endswith('.a'):
                mod = module_of(os.path.basename(arg) + '(')
                for sym in armap(arg):
                    owner.setdefault(sym, mod)
    sizes, bss = {}, {}
    lto = []  # (section symbol, size, nobits) of the LTO object, attributed after demangling
    out = None
    # lld: "VMA LMA Size Align Out In Symbol", the In column indented by 8 more spaces.
    line_re = re.compile(r'^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+ (\s*)(.*)$')
    with open(mapfile, encoding='utf-8', errors='replace') as f:
        next(f)
        for line in f:
            m = line_re.match(line)
            if not m:
                continue
            vma, size, indent, rest = int(m.group(1), 16), int(m.group(2), 16), len(m.group(3)), m.group(4)
            if indent == 0:
                # Sections not loaded (address 0: .comment, MIPS .pdr ...) are stripped.
                out = rest if vma else None
            elif indent == 8 and out is not None and size:
                infile, _, sect = rest.rpartition(':(')
                if infile.endswith('.lto.o'):
                    sect = sect[:-1]
                    sym = re.sub(r'^\.(text|rodata|data\.rel\.ro|data|bss|tbss|tdata)\.', '', sect)
                    if sect.startswith('.eh_frame'):
                        sym = '.eh_frame'
                    elif sym == sect:
                        sym = ''
                    lto.append((sym, size, out in NOBITS))
                    continue
                target = bss if out in NOBITS else sizes
                mod = module_of(rest if infile == '<internal>' else infile)
                target[mod] = target.get(mod, 0) + size
    names = demangle(sorted({sym for sym, _, _ in lto if sym and sym not in owner}))
    for sym, size, nobits in lto:
        target = bss if nobits else sizes
        if sym == '.eh_frame':
            mod = 'unwind tables (.eh_frame)'
        elif not sym:
            mod = 'unattributed'
        elif sym in owner:
            mod = owner[sym]
        else:
            mod = module_of_symbol(names.get(sym, sym))
        target[mod] = target.get(mod, 0) + size
    total = os.path.getsize(binary)
    rest = total - sum(sizes.values())
    lines = [f'{os.path.basename(binary)}: {total} bytes ({total / 1024:.0f} KiB) stripped, static',
             'module                                   bytes     KiB   share']
    for mod, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        lines.append(f'{mod:<38} {size:>9} {size / 1024:>7.1f} {100 * size / total:>6.1f}%')
    lines.append(f'{"ELF headers, alignment, section table":<38} {rest:>9} {rest / 1024:>7.1f} {100 * rest / total:>6.1f}%')
    if bss:
        lines.append('zero-initialised (.bss, no file space): ' +
                     ', '.join(f'{m} {s}' for m, s in sorted(bss.items(), key=lambda kv: -kv[1]) if s >= 64))
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
