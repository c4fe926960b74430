import Hummingbird

/// Every page and form target of the web workbook, in one place. Paths are French, like the pages.
enum WebRoutes {
    static let all: [WebRoute] = [
        WebRoute(.get, "/", .open, SignInPages.root),
        WebRoute(.get, "/connexion/{token}", .open, SignInPages.signIn),
        WebRoute(.post, "/deconnexion", .signedIn, SignInPages.signOut),
        WebRoute(.get, "/langue/{code}", .open, SignInPages.language),
        WebRoute(.get, "/static/{file}", .open, SignInPages.asset),

        WebRoute(.get, "/carnet/{id}", .person, HomePage.show),
        WebRoute(.post, "/carnet/{id}/avancer", .person, HomePage.advance),
        WebRoute(.get, "/carnet/{id}/profil", .person, SectionPages.profil),
        WebRoute(.post, "/carnet/{id}/profil", .person, SectionPages.saveProfil),
        WebRoute(.get, "/carnet/{id}/interets", .person, SectionPages.interets),
        WebRoute(.post, "/carnet/{id}/interets", .person, SectionPages.saveInterets),
        WebRoute(.get, "/carnet/{id}/synthese", .person, SectionPages.synthese),
        WebRoute(.post, "/carnet/{id}/synthese", .person, SectionPages.saveSynthese),
        WebRoute(.get, "/carnet/{id}/pistes", .person, PistesPages.list),
        WebRoute(.post, "/carnet/{id}/pistes", .person, PistesPages.save),
        WebRoute(.get, "/carnet/{id}/pistes/{code}", .person, PistesPages.explain),
        WebRoute(.post, "/carnet/{id}/pistes/decision", .person, TargetPages.decide),
        WebRoute(.get, "/carnet/{id}/questionnaire", .person, JourneyPages.questionnaire),
        WebRoute(.post, "/carnet/{id}/questionnaire", .person, JourneyPages.answer),
        WebRoute(.get, "/carnet/{id}/competences", .person, JourneyPages.competences),
        WebRoute(.post, "/carnet/{id}/competences/experience", .person, JourneyPages.addExperience),
        WebRoute(.post, "/carnet/{id}/competences/ajout", .person, JourneyPages.addSkill),
        WebRoute(.post, "/carnet/{id}/competences/competence", .person, JourneyPages.rateSkill),
        WebRoute(.get, "/carnet/{id}/formations", .person, TargetPages.formations),
        WebRoute(.post, "/carnet/{id}/formations", .person, TargetPages.choose),
        WebRoute(.get, "/carnet/{id}/plan", .person, JourneyPages.plan),
        WebRoute(.post, "/carnet/{id}/plan", .person, JourneyPages.addAction),
        WebRoute(.post, "/carnet/{id}/plan/fait", .person, JourneyPages.completeAction),
        WebRoute(.get, "/carnet/{id}/historique", .person, HistoryPages.list),
        WebRoute(.post, "/carnet/{id}/historique/restaurer", .person, HistoryPages.restore),
        WebRoute(.get, "/carnet/{id}/dossier", .person, HistoryPages.dossier),
        WebRoute(.get, "/carnet/{id}/dossier/apercu", .person, HistoryPages.preview),
        WebRoute(.get, "/carnet/{id}/dossier/telecharger", .person, HistoryPages.download),
        WebRoute(.post, "/carnet/{id}/partage", .person, ConsentPages.share),
        WebRoute(.get, "/carnet/{id}/effacer", .person, ConsentPages.confirmErase),
        WebRoute(.post, "/carnet/{id}/effacer", .person, ConsentPages.erase),

        WebRoute(.get, "/conseil", .counsellor, CounsellorPages.caseload),
        WebRoute(.get, "/conseil/{id}", .counsellor, CounsellorPages.dossier),
        WebRoute(.get, "/conseil/{id}/export", .counsellor, CounsellorPages.export),
        WebRoute(.post, "/conseil/{id}/notes", .counsellor, CounsellorPages.addNote),
        WebRoute(.post, "/conseil/{id}/notes/{note}", .counsellor, CounsellorPages.editNote)
    ]

    static func register(on router: Router<JalonRequestContext>, services: ServerServices) {
        for route in all {
            let dispatch = WebDispatch(route: route, services: services)
            router.on(RouterPath(route.path), method: route.method) { request, context in
                await dispatch.respond(request, context)
            }
        }
    }
}
