"""The demo site's words, written from the seed's facts in plain language.

Each page's words sit under ``text``, keyed by language code, so a translation
can be added beside the English without touching the command that builds the
tree. Values that do not depend on the language (slugs, choices, links) sit
beside ``text``; ``reviewed`` marks legal content that names its reviewing
attorney and review date. The words of other languages are in
``demo_content_<language>.py``, keyed by the English page's slug, and become
wagtail-localize translations of the English pages.
"""

import datetime
import uuid

from cities.choices import PolicyStatus, SourceKind

REVIEWED_ON = datetime.date(2026, 11, 1)


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(html):
    return {"type": "paragraph", "value": html}


def list_items(items):
    """ListBlock items in the format the page editor saves, with ids: in the older
    plain-list format wagtail-localize cannot offer them for translation."""
    return [{"type": "item", "value": item, "id": str(uuid.uuid4())} for item in items]


def bullet_list(*items):
    return {"type": "list", "value": list_items(items)}


def callout(title, html):
    return {"type": "callout", "value": {"title": title, "text": html}}


def questions_and_answers(title, *pairs):
    return {
        "type": "faq",
        "value": {
            "heading": title,
            "questions": list_items(
                {"question": question, "answer": answer} for question, answer in pairs
            ),
        },
    }


def police_will(text):
    return {"type": "will", "value": text}


def police_will_not(text):
    return {"type": "will_not", "value": text}


ATTORNEY = {
    "name": "James A. Welcome",
    "bar_admissions": "Connecticut",
    "languages": "English",
    "email": "office@welcome-law.example",
    "phone": "(203) 753-7300",
}

FIRM = {
    "firm_name": "The Law Offices of James A. Welcome",
    "phone": "(203) 753-7300",
    "email": "office@welcome-law.example",
    "address": "123 Example Street (demo address)\nWaterbury, CT 06702",
    "intake_email": "intake@welcome-law.example",
}

HOME = {
    "slug": "home",
    "text": {
        "en": {
            "title": "Home",
            "seo_title": "Connecticut immigration lawyer",
            "search_description": (
                "Plain answers about Connecticut's sanctuary cities, and a free "
                "consultation with an immigration lawyer."
            ),
            "headline": "Immigration help for people who call Connecticut home",
            "intro": (
                "<p>We explain what local police in Connecticut can and cannot do "
                "about immigration, city by city, in plain words. If you are "
                "worried about your family's future, you can talk to a lawyer "
                "for free.</p>"
            ),
            "call_heading": "Talk to an immigration lawyer for free",
            "call_text": (
                "Call us or send a short form. We will contact you to set up a "
                "free consultation."
            ),
        },
    },
}

CITY_INDEX = {
    "slug": "cities",
    "show_in_menus": True,
    "text": {
        "en": {
            "title": "Cities",
            "seo_title": "Sanctuary cities in Connecticut",
            "search_description": (
                "Compare the immigration policies of Hartford, New Haven, New "
                "London and Windham, and see what the Trust Act means in every "
                "Connecticut town."
            ),
            "intro": (
                "Four Connecticut communities have rules that limit how much "
                "their police work with Immigration and Customs Enforcement "
                "(ICE). Choose a city to see what its police will and will not "
                "do, and when there are exceptions."
            ),
            "statewide_heading": "The law for all of Connecticut: the Trust Act",
            "statewide_law": (
                "<p>You do not have to live in a sanctuary city to have some "
                "protection. Connecticut's Trust Act, first passed in 2013, "
                "applies in every town in the state.</p>"
                "<ul>"
                "<li>State money, staff and buildings may not be used to enforce "
                "federal immigration law.</li>"
                "<li>Police usually may not keep a person in jail only because "
                "ICE asked them to. There are exceptions, for example for some "
                "serious crimes.</li>"
                "<li>Federal immigration law still applies everywhere, and ICE "
                "agents can still act on their own.</li>"
                "</ul>"
                "<p>Every case is different. If you have questions about your "
                "own situation, talk to an immigration lawyer.</p>"
            ),
        },
    },
}


def _after_an_arrest(city):
    """The same facts about fingerprints and ICE requests, told for one city."""
    return [
        heading("What this means for you"),
        paragraph(
            f"<p>If a {city} officer stops you for something like speeding, the "
            "officer should not ask about your immigration status.</p>"
        ),
        paragraph(
            "<p>If you are arrested for something more serious, police take your "
            "fingerprints, as they do for everyone they arrest. ICE can see "
            "those fingerprints through the FBI's records. ICE may then ask the "
            "jail to hold you while it gets a warrant. The city's officers do "
            "not agree to that request, so you can be released when the charges "
            "are dropped or when bail is paid.</p>"
        ),
        callout(
            "If an officer breaks these rules",
            "<p>Write down what happened, when and where, and the officer's "
            "name or badge number if you can. Then talk to an immigration "
            "lawyer about your options.</p>",
        ),
    ]


CITIES = [
    {
        "slug": "hartford",
        "policy_status": PolicyStatus.SANCTUARY,
        "reviewed": True,
        "source_kind": SourceKind.ORDINANCE,
        "source_url": "https://www.hartfordct.gov/",
        "text": {
            "en": {
                "title": "Hartford",
                "county": "Hartford County",
                "search_description": (
                    "Hartford police do not ask about immigration status when "
                    "they arrest someone. What that means for you."
                ),
                "summary": (
                    "Hartford police do not ask about immigration status when "
                    "they arrest someone. The city limits its work with ICE, "
                    "except in criminal investigations and security threats."
                ),
                "police_will_not_ask": "Your immigration status, even during an arrest",
                "after_arrest": (
                    "Fingerprints are taken, but police do not hold you only "
                    "because ICE asks"
                ),
                "exceptions": "Criminal investigations and security threats",
                "police_practices": [
                    police_will_not(
                        "Ask about your immigration status when they arrest you."
                    ),
                    police_will_not(
                        "Ask about your immigration status at a traffic stop."
                    ),
                    police_will_not("Keep you in jail only because ICE asked them to."),
                    police_will("Take your fingerprints if they arrest you."),
                    police_will(
                        "Work with federal agents on criminal investigations and "
                        "security threats."
                    ),
                ],
                "body": _after_an_arrest("Hartford"),
                "source_title": (
                    "City of Hartford ordinance limiting questions about "
                    "immigration status"
                ),
            },
        },
    },
    {
        "slug": "new-haven",
        "policy_status": PolicyStatus.SANCTUARY,
        "reviewed": True,
        "source_kind": SourceKind.POLICE_ORDER,
        "source_url": "https://www.newhavenct.gov/",
        "text": {
            "en": {
                "title": "New Haven",
                "county": "New Haven County",
                "search_description": (
                    "New Haven police do not work with ICE in most cases. What "
                    "that means for you, and the exceptions."
                ),
                "summary": (
                    "New Haven police do not work with ICE in most cases, and "
                    "they do not ask about immigration status in everyday police "
                    "work. They may still work with federal agents in criminal "
                    "investigations and security threats."
                ),
                "police_will_not_ask": (
                    "Your immigration status in everyday police work"
                ),
                "after_arrest": (
                    "Fingerprints are taken, but police do not hold you only "
                    "because ICE asks"
                ),
                "exceptions": "Criminal investigations and security threats",
                "police_practices": [
                    police_will_not("Help ICE in most cases."),
                    police_will_not(
                        "Ask about your immigration status at a traffic stop."
                    ),
                    police_will_not("Keep you in jail only because ICE asked them to."),
                    police_will("Take your fingerprints if they arrest you."),
                    police_will(
                        "Work with federal agents on criminal investigations and "
                        "security threats."
                    ),
                ],
                "body": _after_an_arrest("New Haven"),
                "source_title": (
                    "New Haven Police Department order on immigration status"
                ),
            },
        },
    },
    {
        "slug": "new-london",
        "policy_status": PolicyStatus.SANCTUARY,
        "reviewed": True,
        "source_kind": "",
        "source_url": "",
        "text": {
            "en": {
                "title": "New London",
                "county": "New London County",
                "search_description": (
                    "New London police may not question, arrest or hold anyone "
                    "because of race or perceived immigration status."
                ),
                "summary": (
                    "New London's policy fights racial profiling. Police may not "
                    "question, arrest or hold anyone because of their race or "
                    "because they seem to be an immigrant."
                ),
                "police_will_not_ask": (
                    "Questions because of your race or because you seem to be "
                    "an immigrant"
                ),
                "after_arrest": (
                    "Fingerprints are taken, but police do not hold you only "
                    "because ICE asks"
                ),
                "exceptions": "Criminal investigations and security threats",
                "police_practices": [
                    police_will_not(
                        "Question you because of your race or because you seem "
                        "to be an immigrant."
                    ),
                    police_will_not(
                        "Arrest or hold you because of your race or what they "
                        "think your immigration status is."
                    ),
                    police_will_not("Keep you in jail only because ICE asked them to."),
                    police_will("Take your fingerprints if they arrest you."),
                    police_will(
                        "Work with federal agents on criminal investigations and "
                        "security threats."
                    ),
                ],
                "body": _after_an_arrest("New London"),
                "source_title": "City of New London policy against racial profiling",
            },
        },
    },
    {
        "slug": "windham",
        "policy_status": PolicyStatus.SANCTUARY,
        "reviewed": True,
        "source_kind": "",
        "source_url": "",
        "text": {
            "en": {
                "title": "Windham",
                "county": "Windham County",
                "search_description": (
                    "Windham has rules against racial profiling and limits its "
                    "work with immigration authorities."
                ),
                "summary": (
                    "Windham, which includes Willimantic, has rules against "
                    "racial profiling. It also limits how much its police work "
                    "with immigration authorities."
                ),
                "police_will_not_ask": (
                    "Questions because of your race or because you seem to be "
                    "an immigrant"
                ),
                "after_arrest": (
                    "Fingerprints are taken, but police do not hold you only "
                    "because ICE asks"
                ),
                "exceptions": "Criminal investigations and security threats",
                "police_practices": [
                    police_will_not(
                        "Stop or question you because of your race or because "
                        "you seem to be an immigrant."
                    ),
                    police_will_not("Keep you in jail only because ICE asked them to."),
                    police_will("Take your fingerprints if they arrest you."),
                    police_will(
                        "Work with federal agents on criminal investigations and "
                        "security threats."
                    ),
                ],
                "body": _after_an_arrest("Windham"),
                "source_title": "Town of Windham policy against racial profiling",
            },
        },
    },
]

ARTICLE_INDEX = {
    "slug": "articles",
    "show_in_menus": True,
    "text": {
        "en": {
            "title": "Articles",
            "search_description": (
                "Plain-language articles about immigration law in Connecticut."
            ),
            "intro": (
                "Plain-language explanations of immigration law in Connecticut, "
                "written by our attorney."
            ),
        },
    },
}

ARTICLES = [
    {
        "slug": "connecticut-sanctuary-cities",
        "published_date": datetime.date(2023, 10, 20),
        "reviewed": True,
        "text": {
            "en": {
                "title": (
                    "Connecticut's sanctuary cities: what they mean for immigrants"
                ),
                "search_description": (
                    "Which Connecticut cities are sanctuary cities, how the "
                    "rules work after a traffic stop or an arrest, and what the "
                    "Trust Act adds."
                ),
                "intro": (
                    "Four Connecticut cities limit how their police work with "
                    "ICE. Here is what that means for you, where the limits "
                    "are, and what state law adds."
                ),
                "tags": ["sanctuary cities", "ICE", "Connecticut", "Trust Act"],
                "body": [
                    heading("What is a sanctuary city?"),
                    paragraph(
                        "<p>A sanctuary city is a community whose rules limit "
                        "how much its police and local government help "
                        "Immigration and Customs Enforcement (ICE). The goal is "
                        "to let immigrants live, work and call the police "
                        "without fear that an everyday contact will lead to "
                        "deportation.</p>"
                    ),
                    paragraph(
                        "<p>Most of these rules stop local police from asking "
                        "about citizenship or immigration status. They do not "
                        "stop all cooperation: when there is a criminal "
                        "investigation, police may still work with federal "
                        "agents.</p>"
                    ),
                    heading("Which Connecticut cities are sanctuary cities?"),
                    bullet_list(
                        "Hartford: police do not ask about immigration status "
                        "when they make an arrest.",
                        "New Haven: police do not work with ICE in most cases.",
                        "New London: police may not question, arrest or hold "
                        "anyone because of their race or because they seem to "
                        "be an immigrant.",
                        "Windham: rules against racial profiling, and limits on "
                        "work with immigration authorities.",
                    ),
                    heading("How does it work in real life?"),
                    paragraph(
                        "<p>Say a local officer stops you for speeding. In a "
                        "sanctuary city, the officer should not ask about your "
                        "immigration status at any point during the stop.</p>"
                    ),
                    paragraph(
                        "<p>An arrest for a more serious charge is different. "
                        "Police take the fingerprints of everyone they arrest. "
                        "The FBI keeps those fingerprints, and ICE can check "
                        "them. If ICE believes you are undocumented, it may ask "
                        "the jail to hold you while it gets a warrant. A "
                        "sanctuary city's officers do not agree to that "
                        "request, so you may be released when the charges are "
                        "dropped or when bail is paid. Police may still agree "
                        "to ICE's request when there is a security threat.</p>"
                    ),
                    callout(
                        "Connecticut law protects you too",
                        "<p>Connecticut's Trust Act says state resources may "
                        "not be used to enforce federal immigration law. It "
                        "applies in every town, not only in sanctuary "
                        "cities.</p>",
                    ),
                    heading("How do sanctuary cities help immigrants?"),
                    paragraph(
                        "<p>The main benefit is simple: you should not face "
                        "questions about your status that could lead to "
                        "deportation. These cities also let people use schools, "
                        "health care and other services whatever their "
                        "immigration status. A community that includes everyone "
                        "is a stronger community.</p>"
                    ),
                    paragraph(
                        "<p>People who live and work in a town have a say in "
                        "whether it adopts these rules, for example by speaking "
                        "to their city council.</p>"
                    ),
                    questions_and_answers(
                        "Common questions",
                        (
                            "Will police in a sanctuary city ask about my "
                            "immigration status?",
                            "<p>They should not. In Hartford, New Haven, New "
                            "London and Windham, local police are not supposed "
                            "to ask about your status in everyday police work, "
                            "such as a traffic stop.</p>",
                        ),
                        (
                            "Can ICE learn about me if I am arrested?",
                            "<p>Yes. Police take fingerprints after an arrest, "
                            "and ICE can see them through the FBI's records. "
                            "What a sanctuary city limits is how much its "
                            "police help ICE after that.</p>",
                        ),
                        (
                            "I do not live in one of these four cities. Am I "
                            "protected?",
                            "<p>Connecticut's Trust Act applies in every town. "
                            "It bars the use of state resources to enforce "
                            "federal immigration law. A lawyer can tell you how "
                            "it applies to you.</p>",
                        ),
                    ),
                    heading("Get help from a lawyer"),
                    paragraph(
                        "<p>Whether or not you live in a sanctuary city, The "
                        "Law Offices of James A. Welcome can help. The firm has "
                        "decades of experience in immigration law and serves "
                        "immigrants across Connecticut. Call (203) 753-7300 to "
                        "set up a free consultation.</p>"
                    ),
                ],
            },
        },
    },
]

STANDARD_PAGES = [
    {
        "slug": "about",
        "show_in_menus": True,
        "text": {
            "en": {
                "title": "About the firm",
                "search_description": (
                    "The Law Offices of James A. Welcome helps immigrants and "
                    "their families across Connecticut."
                ),
                "intro": (
                    "The Law Offices of James A. Welcome helps immigrants and "
                    "their families across Connecticut."
                ),
                "body": [
                    paragraph(
                        "<p>Attorney James A. Welcome has decades of experience "
                        "in immigration law. The firm helps people with many "
                        "kinds of immigration questions, from a first visa to "
                        "a hearing in immigration court.</p>"
                    ),
                    paragraph(
                        "<p>The first consultation is free. We explain your "
                        "options in plain words, and we tell you honestly what "
                        "we can and cannot do.</p>"
                    ),
                    heading("Where we work"),
                    paragraph(
                        "<p>We serve clients in every part of Connecticut, "
                        "including Hartford, New Haven, New London and Windham. "
                        "Call us at (203) 753-7300.</p>"
                    ),
                ],
            },
        },
    },
    {
        "slug": "privacy-policy",
        "show_in_menus": False,
        "reviewed": True,
        "text": {
            "en": {
                "title": "Privacy policy",
                "search_description": (
                    "What we collect when you ask for a free consultation, and "
                    "what we never collect."
                ),
                "intro": (
                    "This page explains what we collect when you use this site "
                    "or ask for a free consultation, and what we never collect."
                ),
                "body": [
                    heading("What the consultation form asks for"),
                    bullet_list(
                        "Your name.",
                        "Your e-mail address or phone number, and how you want "
                        "us to contact you.",
                        "The best time to reach you and the language you prefer.",
                        "Where you live: one of the cities on this site, "
                        "another Connecticut town, or outside Connecticut.",
                        "What kind of help you need, whether it is urgent, and "
                        "a short message if you want to write one.",
                        "That you read our disclaimer and agree to be contacted.",
                    ),
                    paragraph(
                        "<p>With your request we also save the language of the "
                        "site you used, the page you came from, and the "
                        "campaign labels in the link you followed, if it had "
                        "any. This tells us which pages help people find "
                        "us.</p>"
                    ),
                    heading("What we do not collect"),
                    bullet_list(
                        "We never ask about your immigration status.",
                        "We do not save your IP address or details about your "
                        "device or browser.",
                        "We use no trackers: no analytics services, no "
                        "advertising cookies and no social media buttons that "
                        "watch you.",
                    ),
                    paragraph(
                        "<p>The site only uses the cookies it needs to work, "
                        "such as a security cookie that protects the form.</p>"
                    ),
                    callout(
                        "Keep your message short",
                        "<p>Sending the form does not make you our client. "
                        "Please do not write private details about your case in "
                        "the message. We will ask what we need when we "
                        "talk.</p>",
                    ),
                    heading("Who sees your request"),
                    paragraph(
                        "<p>Only the firm's attorneys and staff. We use your "
                        "request to contact you about a consultation and to "
                        "check for conflicts of interest. We do not sell it, "
                        "and we do not give it to anyone else unless the law "
                        "requires it.</p>"
                    ),
                    heading("How long we keep it"),
                    paragraph(
                        "<p>We keep a request only as long as we need it for "
                        "your consultation and our records. Then we delete "
                        "it.</p>"
                    ),
                    heading("Your choices"),
                    paragraph(
                        "<p>You can ask us to show you, correct or delete what "
                        "you sent. Call us or write to us.</p>"
                    ),
                ],
            },
        },
    },
    {
        "slug": "legal-disclaimer",
        "show_in_menus": False,
        "reviewed": True,
        "text": {
            "en": {
                "title": "Legal disclaimer",
                "search_description": (
                    "This site gives general information, not legal advice."
                ),
                "intro": "Please read this before you rely on anything on this site.",
                "body": [
                    heading("General information, not legal advice"),
                    paragraph(
                        "<p>The pages on this site explain the law in general "
                        "terms. They are not legal advice about your situation. "
                        "Laws and city policies change, and every case is "
                        "different.</p>"
                    ),
                    heading("No attorney-client relationship"),
                    paragraph(
                        "<p>Reading this site, calling us or sending the "
                        "consultation form does not make you our client. You "
                        "become a client only after we both sign an "
                        "agreement.</p>"
                    ),
                    heading("Attorney advertising"),
                    paragraph(
                        "<p>This website may be attorney advertising under the "
                        "Connecticut Rules of Professional Conduct. James A. "
                        "Welcome is the attorney responsible for its content. "
                        "Past results do not promise a similar result in your "
                        "case.</p>"
                    ),
                ],
            },
        },
    },
]

CONSULTATION = {
    "slug": "free-consultation",
    "show_in_menus": True,
    "text": {
        "en": {
            "title": "Free consultation",
            "search_description": (
                "Ask for a free consultation with an immigration lawyer in Connecticut."
            ),
            "intro": (
                "<p>Tell us a little about your situation and how to reach you. "
                "We will contact you to set up a free consultation.</p>"
            ),
            "side_text": (
                "<p><strong>What happens next?</strong> We read every request "
                "and contact you the way you choose.</p>"
                "<p><strong>Your privacy.</strong> We never ask about your "
                "immigration status, and we do not save your IP address.</p>"
                "<p>If you are detained or have a court date soon, call us at "
                "(203) 753-7300.</p>"
            ),
            "thank_you_text": (
                "<p>Thank you. We received your request and will contact you "
                "soon. If your matter is urgent, please call us at "
                "(203) 753-7300.</p>"
            ),
        },
    },
}
