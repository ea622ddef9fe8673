#include <gtest/gtest.h>

#include "cli/go_template.h"

using namespace ec;
using namespace ec::cli;

namespace {
JsonPtr obj() {
  auto p = json_parse(R"({"Name":"/web","State":{"Status":"running","Pid":4242,"Running":true,"Ratio":0.5,
    "Health":null},"Config":{"Cmd":["sh","-c","x"],"Labels":{"a":"b"}}})",
                      "test");
  EXPECT_TRUE(p.ok());
  return std::move(*p);
}
std::string render(std::string_view t) {
  auto o = obj();
  auto r = render_go_template(o.get(), t);
  return r ? *r : "ERR: " + r.error().msg;
}
}  // namespace

TEST(GoTemplate, FieldPaths) {
  EXPECT_EQ(render("{{.State.Status}}"), "running");
  EXPECT_EQ(render("{{ .State.Pid }}"), "4242");
  EXPECT_EQ(render("{{.State.Running}}"), "true");
  EXPECT_EQ(render("{{.State.Ratio}}"), "0.5");
  EXPECT_EQ(render("{{.Name}} is {{.State.Status}} (pid {{.State.Pid}})\\n"), "/web is running (pid 4242)\\n");
}

TEST(GoTemplate, MissingAndNull) {
  EXPECT_EQ(render("{{.Nope}}"), "<no value>");
  EXPECT_EQ(render("{{.State.Health}}"), "<no value>");
  EXPECT_EQ(render("{{.Name.Deeper}}"), "<no value>");
}

TEST(GoTemplate, JsonAndComposite) {
  EXPECT_EQ(render("{{json .Config.Cmd}}"), R"(["sh","-c","x"])");
  EXPECT_EQ(render("{{json .Config.Labels}}"), R"({"a":"b"})");
  EXPECT_EQ(render("{{json .Name}}"), R"("/web")");
  EXPECT_EQ(render("{{json .Nope}}"), "null");
  EXPECT_EQ(render("{{.Config.Labels}}"), R"({"a":"b"})");
}

TEST(GoTemplate, LiteralTextOnly) { EXPECT_EQ(render("plain"), "plain"); }

TEST(GoTemplate, UnsupportedIsAnError) {
  EXPECT_NE(render("{{range .Config.Cmd}}x{{end}}").find("unsupported template action {{range .Config.Cmd}}"),
            std::string::npos);
  EXPECT_NE(render("{{.State.Status | upper}}").find("unsupported"), std::string::npos);
  EXPECT_NE(render("{{.State.Status").find("unclosed"), std::string::npos);
}
