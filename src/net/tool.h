// Running the host's firewall tools (nft, iptables) for the NAT backends:
// find them in the system dirs and run one with a script on stdin,
// capturing stdout and stderr for results and error messages.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace ec::net {

// First executable `name` in /usr/sbin, /sbin, /usr/bin, /bin; "" if none.
// Fixed dirs, not $PATH: these run as root on the host's firewall.
std::string find_tool(std::string_view name);

struct ToolOutput {
  int status = 0;  // exit status, or 128+signal
  std::string out, err;
};
// Run argv (argv[0] is an absolute path) with `input` on stdin, stdio
// captured, every other fd closed, LC_ALL=C so that messages are English.
// Fails only when the tool could not be run at all.
Result<ToolOutput> run_tool_raw(const std::vector<std::string>& argv, std::string_view input = {});
// As run_tool_raw, and a non-zero exit becomes an error named after the
// tool with its message: "nft: Error: Could not process rule: ...".
Result<std::string> run_tool(const std::vector<std::string>& argv, std::string_view input = {});
// The useful part of a tool's stderr: the first line that says "Error"
// (with nft's "file:line:col: " location dropped, and the command it
// points at), else the last non-empty line.
std::string tool_message(std::string_view err);

}  // namespace ec::net
