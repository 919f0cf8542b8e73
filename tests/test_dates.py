from datetime import date, datetime, timedelta, timezone

import pytest

from etl.dates import find_dates

FRIDAY = datetime(2023, 11, 17, 9, 30, tzinfo=timezone(timedelta(hours=1)))  # Friday 17 November 2023


def found(text, language="en", published=FRIDAY):
    mentions = find_dates(text, language, published)
    for mention in mentions:
        assert text[mention.char_start : mention.char_end] == mention.text
        assert (mention.range.gte, mention.range.lte) == (mention.start, mention.end)
    return [(m.text, m.start.isoformat(), m.end.isoformat(), m.precision) for m in mentions]


def one(text, language="en", published=FRIDAY):
    mentions = found(text, language, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# The issue's examples


def test_issue_examples():
    assert one("In an order read out on 16 November 2023, the judges ruled.") == ("16 November 2023", "2023-11-16", "2023-11-16", "day")
    assert one("Since the start of the uprising in March 2011, many have disappeared.") == ("March 2011", "2011-03-01", "2011-03-31", "month")
    assert one("Detainees perished in Sednaya from 2011 to 2018, a report says.") == ("from 2011 to 2018", "2011-01-01", "2018-12-31", "range")
    assert one("Thursday’s decision was in a case brought by Canada.") == ("Thursday", "2023-11-16", "2023-11-16", "day")
    assert one("Thursday's decision was in a case brought by Canada.")[1] == "2023-11-16"
    assert one("On June 30, the General Assembly voted 89-11, with 62 abstentions.") == ("June 30", "2023-06-30", "2023-06-30", "day")
    assert one("La cour d'appel a confirmé mercredi le mandat d'arrêt.", "fr") == ("mercredi", "2023-11-15", "2023-11-15", "day")


def test_offsets_point_into_the_text():
    text = "Filed on 8 June 2023; heard on 10 October 2023."
    mentions = find_dates(text, "en", FRIDAY)
    assert [(m.char_start, m.char_end) for m in mentions] == [(9, 20), (31, 46)]


# Absolute expressions


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The judgment of November 16, 2023 was read.", "en", "November 16, 2023"),
        ("It was read on the 16th of November 2023.", "en", "16th of November 2023"),
        ("ORDER OF 16 NOVEMBER 2023", "en", "16 NOVEMBER 2023"),
        ("Dated 16 Nov. 2023.", "en", "16 Nov. 2023"),
        ("La Cour a rendu le 16 novembre 2023 son ordonnance.", "fr", "16 novembre 2023"),
        ("أصدرت المحكمة في 16 نوفمبر 2023 أمرها.", "ar", "16 نوفمبر 2023"),
        ("أصدرت المحكمة في 16 تشرين الثاني/نوفمبر 2023 أمرها.", "ar", "16 تشرين الثاني/نوفمبر 2023"),
        ("أصدرت المحكمة في ١٦ تشرين الثاني ٢٠٢٣ أمرها.", "ar", "١٦ تشرين الثاني ٢٠٢٣"),
        ("Received on 16/11/2023 by the registry.", "en", "16/11/2023"),
        ("Received on 16.11.2023 by the registry.", "en", "16.11.2023"),
        ("Received on 11/16/2023 by the registry.", "en", "11/16/2023"),  # 16 cannot be a month
        ("Received on 2023-11-16 by the registry.", "en", "2023-11-16"),
    ],
)
def test_full_dates_are_days(text, language, expected):
    assert one(text, language) == (expected, "2023-11-16", "2023-11-16", "day")


def test_first_of_the_month_in_french():
    assert one("Le procès s'est ouvert le 1er mars 2011.", "fr") == ("1er mars 2011", "2011-03-01", "2011-03-01", "day")


def test_impossible_days_are_not_days():
    assert found("On 30/02/2023 nothing happened.") == []
    assert found("On 31 June 2023 nothing happened.") == [("June 2023", "2023-06-01", "2023-06-30", "month")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The uprising began in March 2011.", "en", "March 2011"),
        ("Le soulèvement a commencé en mars 2011.", "fr", "mars 2011"),
        ("بدأت الانتفاضة في آذار/مارس 2011.", "ar", "آذار/مارس 2011"),
        ("بدأت الانتفاضة في شهر آذار من عام 2011.", "ar", "آذار من عام 2011"),
        ("بدأت الانتفاضة في آذار (مارس) 2011.", "ar", "آذار (مارس) 2011"),
    ],
)
def test_month_and_year_is_the_whole_month(text, language, expected):
    assert one(text, language) == (expected, "2011-03-01", "2011-03-31", "month")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The law was passed in 2019.", "en", "2019"),
        ("The 2019 law was criticised.", "en", "2019"),
        ("La loi a été adoptée en 2019.", "fr", "2019"),
        ("صدر القانون عام 2019.", "ar", "2019"),
        ("صدر القانون لعام 2019.", "ar", "2019"),
        ("صدر القانون في ٢٠١٩.", "ar", "٢٠١٩"),
        ("صدر القانون سنة 2019م.", "ar", "2019"),
    ],
)
def test_years(text, language, expected):
    assert one(text, language) == (expected, "2019-01-01", "2019-12-31", "year")


# Numbers that are not dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Security Council Resolution 2139 demanded access.", "en"),
        ("Under resolution No. 2118 the stockpile was destroyed.", "en"),
        ("قرار مجلس الأمن الدولي 2139 طالب بوصول المساعدات.", "ar"),
        ("The case is entered in the General List under No. 188.", "en"),
        ("The warrant in case ICC-01/14-01/21 was unsealed.", "en"),
        ("See document S/2011/123 and communication No. 1089/2021.", "en"),
        ("The decision is reported at ECLI:NL:RBDHA:2023:1234.", "en"),
        ("The quote is on page 2011 of the record.", "en"),
        ("Articles 2012 and 2013 of the code apply.", "en"),
        ("More than 2000 detainees died in custody.", "en"),
        ("Plus de 2000 personnes ont disparu.", "fr"),
        ("أكثر من 2000 معتقل قضوا في السجن.", "ar"),
        ("Some 2000 people fled the town.", "en"),
        ("Call the registry on +31 70 2011 234.", "en"),
        ("The hearing starts at 09:30 and lasts for three years of proceedings.", "en"),
        ("A 45-year-old man, aged 45, was held for 14 months.", "en"),
        ("Articles 73, 74 and 75 of the Rules of Court apply.", "en"),
        ("The vote was 89-11, with 62 abstentions, at Branch 215.", "en"),
        ("May I ask the Women's March to step forward?", "en"),
        ("The court met last week and will meet again next week.", "en"),
        ("La situation s'est dégradée ces dernières années, pendant deux ans.", "fr"),
        ("احتفل العالم باليوم العالمي لمساندة ضحايا التعذيب في اليوم التالي.", "ar"),
        ("قال الاثنين معا إن كلا الاثنين شاهد الأحد عشر معتقلا.", "ar"),
    ],
)
def test_not_dates(text, language):
    assert found(text, language) == []


def test_a_resolution_keeps_its_year():
    assert found("Resolution 2139 (2014) demanded access.") == [("2014", "2014-01-01", "2014-12-31", "year")]


# Ranges


@pytest.mark.parametrize(
    ("text", "language", "expected", "start", "end"),
    [
        ("Held between 2012 and 2015, he survived.", "en", "between 2012 and 2015", "2012-01-01", "2015-12-31"),
        ("The 2011-2018 records were seized.", "en", "2011-2018", "2011-01-01", "2018-12-31"),
        ("The 2011–18 records were seized.", "en", "2011–18", "2011-01-01", "2018-12-31"),
        ("Held from March to June 2012 in Mezzeh.", "en", "from March to June 2012", "2012-03-01", "2012-06-30"),
        ("Held between April 2011 and September 2012.", "en", "between April 2011 and September 2012", "2011-04-01", "2012-09-30"),
        ("Hearings ran 16-18 November 2023.", "en", "16-18 November 2023", "2023-11-16", "2023-11-18"),
        ("Hearings ran November 16-18, 2023.", "en", "November 16-18, 2023", "2023-11-16", "2023-11-18"),
        ("Held from December to March 2012.", "en", "from December to March 2012", "2011-12-01", "2012-03-31"),
        ("Il a été détenu de 2011 à 2018.", "fr", "de 2011 à 2018", "2011-01-01", "2018-12-31"),
        ("Il a été détenu entre 2012 et 2015.", "fr", "entre 2012 et 2015", "2012-01-01", "2015-12-31"),
        ("Les audiences du 4 au 5 août 2013.", "fr", "du 4 au 5 août 2013", "2013-08-04", "2013-08-05"),
        ("Il a été détenu de février à octobre 2013.", "fr", "de février à octobre 2013", "2013-02-01", "2013-10-31"),
        ("اعتقل من 2011 إلى 2018.", "ar", "من 2011 إلى 2018", "2011-01-01", "2018-12-31"),
        ("اعتقل بين عامي 2009 و2019.", "ar", "بين عامي 2009 و2019", "2009-01-01", "2019-12-31"),
        ("اعتقل من آذار إلى حزيران 2012.", "ar", "من آذار إلى حزيران 2012", "2012-03-01", "2012-06-30"),
        ("He was detained in the 1990s.", "en", "1990s", "1990-01-01", "1999-12-31"),
    ],
)
def test_ranges(text, language, expected, start, end):
    assert one(text, language) == (expected, start, end, "range")


def test_two_years_in_the_wrong_order_are_not_a_range():
    assert ("2018-2011", "2018-01-01", "2011-12-31", "range") not in found("From the 2018-2011 files.")


def test_and_needs_between_to_make_a_range():
    assert [m[0] for m in found("The elections of 2012 and 2014 were boycotted.")] == ["2012", "2014"]


# Relative and partial expressions, against Friday 17 November 2023


@pytest.mark.parametrize(
    ("text", "language", "expected", "day"),
    [
        ("The court ruled on Friday.", "en", "Friday", "2023-11-17"),  # the publication day itself
        ("The court ruled last Friday.", "en", "last Friday", "2023-11-10"),
        ("The court ruled on Monday.", "en", "Monday", "2023-11-13"),
        ("The court will rule on Monday.", "en", "Monday", "2023-11-20"),
        ("A verdict is expected on Friday.", "en", "Friday", "2023-11-24"),
        ("The court rules next Tuesday.", "en", "next Tuesday", "2023-11-21"),
        ("THURSDAY, 16 NOVEMBER 2023", "en", "THURSDAY, 16 NOVEMBER 2023", "2023-11-16"),
        ("The warrant was issued yesterday.", "en", "yesterday", "2023-11-16"),
        ("Today the court sits.", "en", "Today", "2023-11-17"),
        ("Le tribunal a statué jeudi dernier.", "fr", "jeudi dernier", "2023-11-16"),
        ("La décision doit être rendue lundi.", "fr", "lundi", "2023-11-20"),
        ("Le mandat a été émis hier.", "fr", "hier", "2023-11-16"),
        ("Le mandat a été émis avant-hier.", "fr", "avant-hier", "2023-11-15"),
        ("Le mandat est émis aujourd'hui.", "fr", "aujourd'hui", "2023-11-17"),
        ("Le procès s'ouvre le 3 mars.", "fr", "3 mars", "2023-03-03"),
        ("قالت المحكمة يوم الخميس إن القرار نهائي.", "ar", "الخميس", "2023-11-16"),
        ("قالت المحكمة الأحد الماضي إن القرار نهائي.", "ar", "الأحد الماضي", "2023-11-12"),
        ("أصدرت المحكمة أمس قرارها.", "ar", "أمس", "2023-11-16"),
        ("تنظر المحكمة اليوم في الطعن.", "ar", "اليوم", "2023-11-17"),
        ("الخميس 16 نوفمبر 2023", "ar", "الخميس 16 نوفمبر 2023", "2023-11-16"),
    ],
)
def test_days_resolved_against_publication(text, language, expected, day):
    assert one(text, language) == (expected, day, day, "day")


@pytest.mark.parametrize(
    ("text", "language", "expected", "start", "end", "precision"),
    [
        ("The complaint was filed last month.", "en", "last month", "2023-10-01", "2023-10-31", "month"),
        ("The complaint was filed last year.", "en", "last year", "2022-01-01", "2022-12-31", "year"),
        ("It was filed in August last year.", "en", "August last year", "2022-08-01", "2022-08-31", "month"),
        ("He was arrested on June 30 last year.", "en", "June 30 last year", "2022-06-30", "2022-06-30", "day"),
        ("It opened last November.", "en", "last November", "2022-11-01", "2022-11-30", "month"),
        ("He fled two years ago.", "en", "two years ago", "2021-01-01", "2021-12-31", "year"),
        ("La plainte a été déposée l'an dernier.", "fr", "l'an dernier", "2022-01-01", "2022-12-31", "year"),
        ("La plainte a été déposée le mois dernier.", "fr", "le mois dernier", "2023-10-01", "2023-10-31", "month"),
        ("La plainte a été déposée en novembre dernier.", "fr", "novembre dernier", "2022-11-01", "2022-11-30", "month"),
        ("قدمت الشكوى العام الماضي.", "ar", "العام الماضي", "2022-01-01", "2022-12-31", "year"),
        ("قدمت الشكوى في آب/أغسطس من العام الماضي.", "ar", "آب/أغسطس من العام الماضي", "2022-08-01", "2022-08-31", "month"),
        ("قدمت الشكوى قبل عامين.", "ar", "قبل عامين", "2021-01-01", "2021-12-31", "year"),
        ("The hearing was held in October.", "en", "October", "2023-10-01", "2023-10-31", "month"),
        ("The hearings resume in January.", "en", "January", "2023-01-01", "2023-01-31", "month"),
        ("The hearings will resume in January.", "en", "January", "2024-01-01", "2024-01-31", "month"),
    ],
)
def test_months_and_years_resolved_against_publication(text, language, expected, start, end, precision):
    assert one(text, language) == (expected, start, end, precision)


def test_a_date_without_year_takes_the_year_stated_just_before():
    text = "On 8 June 2021, Canada filed its application. On 10 October, the Court held a hearing."
    assert found(text)[1] == ("10 October", "2021-10-10", "2021-10-10", "day")


def test_a_bare_year_lends_no_year():
    text = "Syria became a party in 2004 and missed the hearing in October."
    assert found(text)[1] == ("October", "2023-10-01", "2023-10-31", "month")


def test_a_new_paragraph_lends_no_year():
    text = "On 8 June 2021, Canada filed its application.\nOn 10 October, the Court held a hearing."
    assert found(text)[1] == ("10 October", "2023-10-10", "2023-10-10", "day")


def test_without_publication_date_relative_expressions_are_skipped():
    text = "On Thursday, yesterday, last year and on June 30 nothing; on 16 November 2023 an order."
    assert found(text, published=None) == [("16 November 2023", "2023-11-16", "2023-11-16", "day")]


def test_a_weekday_introducing_a_date_needs_no_publication_date():
    assert one("Thursday, 16 November 2023", published=None)[0] == "Thursday, 16 November 2023"


def test_publication_date_may_be_a_date():
    assert one("Thursday's decision", published=date(2023, 11, 17))[1] == "2023-11-16"


def test_unknown_language_uses_every_language():
    text = "Le 16 novembre 2023, the order of 16 November 2023, 16 نوفمبر 2023."
    assert [m[1] for m in found(text, language=None)] == ["2023-11-16"] * 3
    assert [m[1] for m in found(text, language="de")] == ["2023-11-16"] * 3


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="str"):
        find_dates(b"16 November 2023", "en", None)


def test_a_date_the_sentence_puts_in_the_future_keeps_its_year_over_a_stated_one():
    text = "Les faits remontent au 12 mars 2016. Le verdict est attendu le 27 mai."
    assert ("27 mai", "2024-05-27", "2024-05-27", "day") in found(text, "fr", datetime(2024, 4, 29, tzinfo=timezone.utc))
