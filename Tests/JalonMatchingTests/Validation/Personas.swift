/// Thirty-four people a counsellor of a SPRO meets, of every age, level, situation and region, some thin
/// and some contradictory, with the fiches the counsellor would expect among the first ten suggestions.
/// Centres d'intérêt by ROME 4.0 code: 1 créer/construire, 3 affaires, 4 contact, 6 détail, 7 dessin,
/// 9 nature, 10 découvertes, 11 loi, 13 activité physique, 14 travail manuel, 15 chiffres, 16 voyager,
/// 17 animaux, 18 organiser, 19 piloter, 20 environnement, 21 enfants, 22 prendre soin, 23 protéger,
/// 24 transmettre, 27 cuisine, 28 autres cultures, 29 nouvelles technologies, 30 artiste.
enum Personas {
    static let all: [Persona] = [
        Persona(
            "Sabrina, ASH vers le soin", "45 ans, CAP, agente de service hospitalier depuis 10 ans, Doubs (27)",
            centres: [22: 4, 4: 3, 23: 3], holland: "SRC", did: [("J1301", 4)], level: 3,
            top10: ["J1501", "J1301", "K1302"], neighbours: ["J1501", "K1302", "K1304", "J1304"]),
        Persona(
            "Tom, lycéen pro en cuisine", "17 ans, CAP cuisine en cours, stage de commis, Bretagne (53)",
            centres: [27: 4, 14: 3, 13: 2], did: [("G1602", 3)], level: 2,
            top10: ["G1602", "G1601", "G1603"], neighbours: ["G1601", "G1603", "D1104", "D1102"]),
        Persona(
            "Inès, comptable", "24 ans, BTS comptabilité, salariée en cabinet, Île-de-France (11)",
            centres: [15: 4, 18: 3, 6: 3], holland: "CEI", did: [("M1203", 4)], level: 5,
            top10: ["M1203"], neighbours: ["M1213", "M1225", "M1215", "M1608", "M1206"]),
        Persona(
            "Julien, développeur", "32 ans, licence informatique, développeur junior, Occitanie (76)",
            centres: [29: 4, 10: 3], holland: "IRC", did: [("M1805", 4)], level: 6,
            top10: ["M1805"], neighbours: ["M1810", "M1801", "E1104"]),
        Persona(
            "Mamadou, préparateur de commandes", "28 ans, sans diplôme, intérimaire en entrepôt, Hauts-de-France (32)",
            centres: [19: 4, 13: 3, 14: 2], did: [("N1103", 4)], level: 2,
            top10: ["N1103", "N1101"], neighbours: ["N1101", "N4105"]),
        Persona(
            "Chantal, secrétaire licenciée", "52 ans, bac, secrétaire 25 ans, licenciement économique, Grand Est (44)",
            centres: [18: 4, 4: 3, 6: 3], holland: "CSE", did: [("M1607", 4)], level: 4,
            top10: ["M1607", "M1602"], neighbours: ["M1602", "M1604", "D1401", "K1205"]),
        Persona(
            "Lucas, apprenti électricien", "19 ans, CAP électricien en apprentissage, Pays de la Loire (52)",
            centres: [14: 4, 1: 4, 29: 2], holland: "RIC", did: [("F1602", 3)], level: 2,
            top10: ["F1602"], neighbours: ["F1605", "F1622", "F1627", "F1628", "I1316", "F1603"]),
        Persona(
            "Emma, collégienne", "15 ans, 3e, aime les enfants et expliquer, Normandie (28)",
            centres: [21: 4, 24: 3, 4: 3, 13: 2, 30: 1], level: 2,
            top10: ["K1303", "G1203", "J1304", "K2106"]),
        Persona(
            "Nathalie, vendeuse", "38 ans, bac pro commerce, vendeuse en prêt-à-porter, Nouvelle-Aquitaine (75)",
            centres: [4: 4, 3: 3, 8: 3], holland: "ESC", did: [("D1214", 4)], level: 4,
            top10: ["D1214"], neighbours: ["D1106", "D1403", "D1502", "D1505", "D1507"]),
        Persona(
            "Paul, boulanger qui veut transmettre", "60 ans, BP boulanger, 40 ans de fournil, Centre-Val de Loire (24)",
            centres: [24: 4, 27: 4, 14: 3], did: [("D1102", 5)], level: 4,
            top10: ["D1102", "D1104"], neighbours: ["D1104", "K2111", "G1602"]),
        Persona(
            "Yasmine, licence STAPS", "22 ans, étudiante en licence STAPS, Auvergne-Rhône-Alpes (84)",
            centres: [13: 4, 24: 4, 4: 3, 21: 2, 25: 3], holland: "SRE", level: 5,
            top10: ["G1204", "G1217", "G1218", "G1233", "G1224"]),
        Persona(
            "Hugo, paysagiste", "26 ans, CAPa jardinier paysagiste, Provence-Alpes-Côte d'Azur (93)",
            centres: [9: 4, 20: 3, 14: 4], holland: "RIS", did: [("A1203", 4)], level: 3,
            top10: ["A1203"], neighbours: ["A1414", "A1101"]),
        Persona(
            "Léna, auxiliaire vétérinaire", "30 ans, bac, auxiliaire en clinique vétérinaire, Bourgogne-Franche-Comté (27)",
            centres: [17: 4, 22: 3, 9: 3], did: [("A1501", 4)], level: 4,
            top10: ["A1501"], neighbours: ["A1407"]),
        Persona(
            "Marc, routier", "45 ans, CAP conducteur routier, 20 ans de longue distance, Grand Est (44)",
            centres: [19: 4, 16: 4], holland: "RCE", did: [("N4101", 4)], level: 3,
            top10: ["N4101"], neighbours: ["N4105", "N4102", "N1101"]),
        Persona(
            "Sofia, aide à domicile", "35 ans, sans diplôme, aide à domicile depuis 8 ans, Occitanie (76)",
            centres: [22: 4, 4: 4, 21: 2], holland: "SCR", did: [("K1302", 4)], level: 2,
            top10: ["K1302"], neighbours: ["J1501", "K1304", "K1303", "J1301"]),
        Persona(
            "Kevin, stagiaire en garage", "21 ans, bac pro maintenance des véhicules, Hauts-de-France (32)",
            centres: [14: 4, 19: 3, 29: 2], holland: "RIC", did: [("I1604", 3)], level: 4,
            top10: ["I1604"], neighbours: ["I1606", "I1603", "I1310"]),
        Persona(
            "Claire, comptable tentée par les RH", "41 ans, BTS, comptable, veut aller vers les ressources humaines, Bretagne (53)",
            centres: [4: 4, 18: 3, 15: 3, 24: 2], holland: "CSE", did: [("M1203", 4)], level: 5,
            top10: ["M1203", "M1501"], neighbours: ["M1501", "M1504", "M1215", "M1202"]),
        Persona(
            "Ahmed, agent de sécurité", "33 ans, CQP APS, agent de prévention et de sécurité, Île-de-France (11)",
            centres: [23: 4, 11: 4, 13: 3], holland: "RSE", did: [("K2503", 4)], level: 3,
            top10: ["K2503"]),
        Persona(
            "Julie, graphiste", "27 ans, DN MADE graphisme, indépendante, Pays de la Loire (52)",
            centres: [7: 4, 30: 4, 29: 3], holland: "AIE", did: [("E1205", 4)], level: 6,
            top10: ["E1205"], neighbours: ["E1104", "B1101"]),
        Persona(
            "Thierry, maçon au dos usé", "50 ans, CAP maçon, 30 ans de chantier, veut transmettre, Normandie (28)",
            centres: [1: 4, 24: 3, 14: 3], holland: "RSC", did: [("F1703", 4)], level: 3,
            top10: ["F1703"], neighbours: ["F1701", "F1707", "F1704", "F1201", "K2111"]),
        Persona(
            "Pierre, DRH vers la formation", "55 ans, master, DRH, projet de formateur, Auvergne-Rhône-Alpes (84)",
            centres: [24: 4, 4: 3, 2: 3], holland: "SEC", did: [("M1503", 4)], level: 7,
            top10: ["M1503", "K2111"], neighbours: ["K2111", "K1801", "M1501"]),
        Persona(
            "Aminata, réceptionniste", "23 ans, BTS tourisme, réceptionniste d'hôtel, Provence-Alpes-Côte d'Azur (93)",
            centres: [16: 4, 28: 4, 4: 3], holland: "SEC", did: [("G1703", 4)], level: 5,
            top10: ["G1703", "G1101", "G1201"], neighbours: ["G1101", "G1201"]),
        Persona(
            "Bastien, soudeur", "29 ans, CAP, soudeur en chaudronnerie, Bourgogne-Franche-Comté (27)",
            centres: [14: 4, 6: 3], holland: "RCI", did: [("H2913", 4)], level: 3,
            top10: ["H2913"], neighbours: ["H2909", "I1310"]),
        Persona(
            "Martine, garde d'enfants", "58 ans, sans diplôme, garde d'enfants à domicile, Nouvelle-Aquitaine (75)",
            centres: [21: 4, 22: 3], did: [("K1303", 4)], level: 2,
            top10: ["K1303"], neighbours: ["J1304", "K1302", "G1203"]),
        Persona(
            "Rayan, équipier de restauration rapide", "20 ans, sans diplôme, équipier, aime cuisiner, Île-de-France (11)",
            centres: [27: 3, 4: 3, 13: 2], did: [("G1603", 3)], level: 2,
            top10: ["G1603"], neighbours: ["G1602", "G1803", "D1505"]),
        Persona(
            "Élodie, préparatrice en pharmacie", "34 ans, BP préparateur en pharmacie, Auvergne-Rhône-Alpes (84)",
            centres: [22: 3, 6: 4, 10: 3], holland: "CIS", did: [("J1307", 4)], level: 4,
            top10: ["J1307"]),
        Persona(
            "Sam, cariste", "40 ans, CACES, cariste en logistique, Centre-Val de Loire (24)",
            centres: [19: 4, 18: 2], did: [("N1101", 4)], level: 3,
            top10: ["N1101"], neighbours: ["N1103", "N1104", "F1301", "N1301"]),
        Persona(
            "Nina, infirmière", "29 ans, diplôme d'État d'infirmier, Grand Est (44)",
            centres: [22: 4, 23: 4, 10: 2], holland: "SIR", did: [("J1506", 4)], level: 6,
            top10: ["J1506"], neighbours: ["J1504", "J1510", "J1501"]),
        // Contradictory: the interests and the experience disagree; the counsellor expects both to show.
        Persona(
            "Marie, comptable qui aime les animaux", "36 ans, BTS comptabilité, rêve d'animaux, Bretagne (53)",
            centres: [17: 4, 9: 4, 15: 0, 18: 0, 6: 1], did: [("M1203", 4)], level: 5,
            top10: ["M1203", "A1501", "A1407"]),
        // He says he dislikes contact and loves manual work: the manual trades he names lead, his own
        // sales job follows (his word on his interests outweighs the job he holds).
        Persona(
            "Dylan, vendeur qui n'aime pas le contact", "24 ans, bac pro, vendeur, dit ne pas aimer le contact, Hauts-de-France (32)",
            centres: [4: 0, 8: 0, 14: 4, 29: 3, 6: 3], did: [("D1214", 4)], level: 4,
            top10: ["H2909", "I1619", "H2201", "H2903", "D1214"]),
        Persona(
            "Inconnu, profil RIASEC seul", "âge non dit, questionnaire RIASEC complet (code RIC), rien d'autre",
            holland: "RIC", top10: []),
        // Thin: too little to rank on.
        Persona("Vide", "projet créé, rien de renseigné", top10: [], readiness: .notReady),
        Persona(
            "Un seul centre", "16 ans, a seulement noté « passionné par la cuisine »", centres: [27: 4],
            top10: ["G1602", "G1601", "D1104", "D1102", "G1603"], readiness: .provisional),
        Persona(
            "Deux centres et un diplôme", "18 ans, bac général, a noté deux centres", centres: [10: 4, 22: 3], level: 4,
            top10: [], readiness: .provisional)
    ]
}
