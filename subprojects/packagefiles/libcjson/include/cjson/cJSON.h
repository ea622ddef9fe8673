/* Installed-layout path of the header (Debian: /usr/include/cjson/cJSON.h). */
#include "../../cJSON.h"
