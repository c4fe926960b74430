#ifndef JALON_BENCHMARK_LIBXML2_SHIM_H
#define JALON_BENCHMARK_LIBXML2_SHIM_H

// The peer's view of libxml2: what xmllint calls. xmlversion.h first and ICU off, for the reason
// Sources/CLibXML2/shim.h gives (Debian's ICU headers clash with Foundation's).
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

static inline void peer_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
