#ifndef JALON_CLIBXML2_SHIM_H
#define JALON_CLIBXML2_SHIM_H

// xmlversion.h first: Debian builds libxml2 with ICU, whose headers clash with Foundation's own ICU
// module ("'UErrorCode' has different definitions"). Jalon never uses libxml2's ICU conversions.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/c14n.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlreader.h>

// xmlFree is a global function pointer: Swift 6 rejects it as shared mutable state.
static inline void jalon_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
