#!/usr/bin/env python3
"""Peer for the catalogue benchmark: what a straightforward Python implementation does with the same
open data. It reads the CSVs the Jalon importer reads (csv module), builds the same joins in dicts
(fiches, appellations, items and cœur de métier, mobilités, certifications with levels and ROME links,
InserJeunes rates by diploma) and answers searches by scanning normalised labels with the same
accent-, case- and gender-insensitive matching idea (no typo tolerance).

Usage: catalogue_peer.py DATA_DIR [--ready-only | QUERY...]; prints one JSON line (load_ms, peak_mb and,
with queries, search_median_ms). --ready-only exits as soon as the data is loaded and searchable.
"""
import csv
import json
import resource
import statistics
import sys
import time
import unicodedata

START = time.perf_counter()
DATA = sys.argv[1]
READY_ONLY = sys.argv[2:] == ["--ready-only"]
QUERIES = [] if READY_ONLY else sys.argv[2:]


def rows(relative, delimiter):
    with open(f"{DATA}/{relative}", encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=delimiter))


def rome(name):
    return rows(f"rome-4.0-v460/unix_{name}_v460_utf8.csv", ",")


STOP = {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "un", "une", "pour", "par", "sur", "dans"}
SUFFIXES = [("euse", "eur"), ("rice", "eur"), ("ienne", "ien"), ("onne", "on"), ("ette", "et"), ("ere", "er"), ("ive", "if")]


def terms(text):
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c if c.isalnum() else " " for c in folded if not unicodedata.combining(c))
    out = []
    for word in folded.split():
        if word in STOP:
            continue
        if len(word) > 3 and word.endswith("s"):
            word = word[:-1]
        for suffix, repl in SUFFIXES:
            if len(word) > len(suffix) + 2 and word.endswith(suffix):
                word = word[: -len(suffix)] + repl
                break
        else:
            if len(word) > 3 and word.endswith("e"):
                word = word[:-1]
        out.append(word)
    return out


fiches = {r["code_rome"]: dict(r) for r in rome("referentiel_code_rome")}
for r in rome("referentiel_code_rome_riasec"):
    fiches[r["code_rome"]]["riasec"] = (r["riasec_majeur"], r["riasec_mineur"])
appellations = {r["code_ogr"]: r for r in rome("referentiel_appellation")}
labels = {r["code_ogr"]: r["libelle_competence"] for r in rome("referentiel_competence")}
labels.update({r["code_ogr_savoir"]: r["libelle_savoir"] for r in rome("referentiel_savoir")})
coeur = {(r["code_rome"], r["code_ogr"]): r["coeur_metier"] for r in rome("coherence_item")}
items = {}
for r in rome("liens_rome_referentiels"):
    if r["code_compo_bloc"] in ("5", "6"):
        items.setdefault(r["code_rome"], []).append((r["code_ogr"], labels.get(r["code_ogr"]), coeur.get((r["code_rome"], r["code_ogr"]))))
mobilites = {}
for r in rome("rubrique_mobilite"):
    mobilites.setdefault(r["code_rome"], []).append((int(r["numero_ordre"]), r["code_rome_cible"]))
certifications = {}
for r in rows("rncp-2026-02/export_fiches_CSV_Rome_2026_02_01.csv", ";"):
    certifications.setdefault(r["Numero_Fiche"], {"rome": []})["rome"].append(r["Codes_Rome_Code"])
for r in rows("certifications/kit_apprentissage_20250131.csv", ";"):
    c = certifications.setdefault(r["FicheRNCP"], {"rome": []})
    c.setdefault("title", r["Intitulé certification (RNCP)"])
    c.setdefault("level", r["Niveau fiche RNCP"])
    c.setdefault("cfd", []).append(r["Code Diplôme"])
for r in rows("certifications/certif_info_subset.csv", ";"):
    if r["Code_RNCP"]:
        c = certifications.setdefault("RNCP" + r["Code_RNCP"], {"rome": []})
        c.setdefault("title", r["Libelle_Diplome"])
        c.setdefault("level", r["Code_Niveau_Europeen"])
mef = {r["MEF_STAT_11"]: r["FORMATION_DIPLOME"] for r in rows("inserjeunes/nMef.csv", ";")}
rates = {}
for r in rows("inserjeunes/ij_region_data.csv", ";"):
    rates.setdefault(r["cfd"] or mef.get(r["mefstat11"], ""), []).append(r)

documents = [(set(terms(f["libelle_rome"])), code) for code, f in fiches.items()]
documents += [(set(terms(a["libelle_appellation_long"])), a["code_rome"]) for a in appellations.values()]
documents += [(set(terms(c.get("title", ""))), code) for code, c in certifications.items()]
documents += [(set(terms(label)), ogr) for ogr, label in labels.items()]


def search(query):
    wanted = terms(query)
    scored = []
    for doc_terms, code in documents:
        matched = sum(1 for t in wanted if t in doc_terms or any(d.startswith(t) for d in doc_terms))
        if matched:
            scored.append((-matched, len(doc_terms), code))
    scored.sort()
    return scored[:10]


search("aide soignante")
load_ms = (time.perf_counter() - START) * 1000
if READY_ONLY:
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"load_ms": load_ms, "peak_mb": peak_mb}))
    sys.exit(0)
times = []
for _ in range(3):
    for query in QUERIES:
        t = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - t) * 1000)
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_ms": load_ms, "peak_mb": peak_mb, "search_median_ms": statistics.median(times)}))
