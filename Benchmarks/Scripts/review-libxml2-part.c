/* The libxml2 part of reading a dossier (docs/performances.md, « Revue d’un portefeuille »): parse,
 * take the embedded project (last element child) out by copy (mode 0, as before) or by moving it
 * (mode 1, with XMLElement.takenOut's rule), C14N, validation against the project schema, frees.
 * Prints, per file, the canonical length, a hash of it and the validation result, so both modes
 * can be compared byte for byte; run under `valgrind --tool=callgrind` for the instruction counts.
 *
 *   gcc -O2 -o /tmp/review-libxml2-part Benchmarks/Scripts/review-libxml2-part.c $(xml2-config --cflags --libs)
 *   /tmp/review-libxml2-part MODE COMPACT Resources/Schemas/project-1.3.xsd FILE…   (MODE 0|1, COMPACT 0|1)
 */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/c14n.h>
#include <libxml/xmlschemas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static xmlNodePtr lastElement(xmlNodePtr n){xmlNodePtr l=NULL;for(n=n->children;n;n=n->next)if(n->type==XML_ELEMENT_NODE)l=n;return l;}
static int guard(xmlNodePtr e){int d=0;for(xmlNsPtr n=e->nsDef;n;n=n->next)if(!n->prefix)d=1;if(!d)return 0;
  for(xmlNodePtr a=e->parent;a&&a->type==XML_ELEMENT_NODE;a=a->parent)for(xmlNsPtr n=a->nsDef;n;n=n->next)if(n->prefix)return 0;return 1;}
static int moved=0;
int main(int argc,char**argv){
  int mode=atoi(argv[1]); int compact=atoi(argv[2]);
  xmlSchemaParserCtxtPtr pc=xmlSchemaNewParserCtxt(argv[3]); xmlSchemaPtr schema=xmlSchemaParse(pc);
  int opts=XML_PARSE_NONET|XML_PARSE_NOERROR|XML_PARSE_NOWARNING|XML_PARSE_NOCDATA|XML_PARSE_BIG_LINES|(compact?XML_PARSE_COMPACT:0);
  for(int i=4;i<argc;i++){
    FILE*f=fopen(argv[i],"rb"); fseek(f,0,SEEK_END); long sz=ftell(f); rewind(f); char*buf=malloc(sz); fread(buf,1,sz,f); fclose(f);
    xmlParserCtxtPtr ctx=xmlNewParserCtxt(); xmlDocPtr doc=xmlCtxtReadMemory(ctx,buf,sz,NULL,NULL,opts); xmlFreeParserCtxt(ctx); free(buf);
    if(!doc){printf("%s unreadable\n",argv[i]);continue;}
    xmlNodePtr p=lastElement(xmlDocGetRootElement(doc)); xmlDocPtr pd=xmlNewDoc(BAD_CAST "1.0");
    if(mode==0){ xmlNodePtr c=xmlDocCopyNode(p,pd,1); xmlDocSetRootElement(pd,c); }
    else if(!guard(p)) { xmlNodePtr c=xmlDocCopyNode(p,pd,1); xmlDocSetRootElement(pd,c); moved--; }
    else { moved++; if(doc->dict){xmlDictReference(doc->dict); pd->dict=doc->dict;} xmlUnlinkNode(p); xmlDocSetRootElement(pd,p); }
    xmlChar*out=NULL; int n=xmlC14NDocDumpMemory(pd,NULL,XML_C14N_1_0,NULL,0,&out);
    xmlSchemaValidCtxtPtr vc=xmlSchemaNewValidCtxt(schema); int v=xmlSchemaValidateDoc(vc,pd); xmlSchemaFreeValidCtxt(vc);
    unsigned long h=5381; for(int k=0;k<n;k++)h=h*33+out[k];
    if(argc<60) printf("%s %d %lx %d\n",argv[i],n,h,v);
    xmlFree(out); xmlFreeDoc(pd); xmlFreeDoc(doc);
  }
  fprintf(stderr,"moved-minus-copied %d\n",moved);
  return 0;
}
