"""The demo site's words in Spanish, keyed by the slug of the English page.

Written for Spanish-speaking readers in Connecticut, in plain words, the way a
bilingual paralegal would explain it: not word for word. Each page keeps the
English page's shape (the same fields, blocks, list items and paragraphs), so
`load_demo_content` can store every piece as a wagtail-localize translation of
the English piece in the same place. Slugs stay as in English, so links such as
`?city=hartford` work in both languages; only the home page, a sibling of the
English one under the tree's root, needs a slug of its own.
"""

from .demo_content import (
    bullet_list,
    callout,
    heading,
    paragraph,
    police_will,
    police_will_not,
    questions_and_answers,
)

FINGERPRINTS_NOT_HELD = (
    "Le toman las huellas, pero no lo retienen solo porque ICE lo pida"
)
CRIMINAL_INVESTIGATIONS = "Investigaciones criminales y amenazas a la seguridad"
NOT_JAILED_FOR_ICE = "Dejarlo en la cárcel solo porque ICE lo pidió."
TAKE_FINGERPRINTS = "Tomarle las huellas digitales si lo arresta."
WORK_WITH_FEDERAL_AGENTS = (
    "Colaborar con agentes federales en investigaciones criminales y amenazas a "
    "la seguridad."
)
RACE_OR_LOOKING_IMMIGRANT = "Preguntas por su raza o porque parezca inmigrante"


def _after_an_arrest(city):
    """Los mismos datos sobre huellas y pedidos de ICE, contados para una ciudad."""
    return [
        heading("Lo que esto significa para usted"),
        paragraph(
            f"<p>Si un policía de {city} lo para por algo como exceso de "
            "velocidad, no debe preguntarle por su estatus migratorio.</p>"
        ),
        paragraph(
            "<p>Si lo arrestan por algo más grave, la policía le toma las huellas "
            "digitales, como a toda persona arrestada. ICE puede ver esas huellas "
            "en los registros del FBI y pedirle a la cárcel que lo retenga "
            "mientras consigue una orden. Los policías de la ciudad no aceptan "
            "ese pedido, así que usted puede salir cuando retiren los cargos o "
            "cuando pague la fianza.</p>"
        ),
        callout(
            "Si un policía no cumple estas reglas",
            "<p>Anote qué pasó, cuándo y dónde, y el nombre o el número de placa "
            "del policía si puede. Después, hable con un abogado de inmigración "
            "sobre sus opciones.</p>",
        ),
    ]


HOME = {
    "title": "Inicio",
    "slug": "inicio",
    "seo_title": "Abogado de inmigración en Connecticut",
    "search_description": (
        "Respuestas claras sobre las ciudades santuario de Connecticut y una "
        "consulta gratis con un abogado de inmigración."
    ),
    "headline": "Ayuda de inmigración para quienes viven en Connecticut",
    "intro": (
        "<p>Le explicamos con palabras sencillas, ciudad por ciudad, lo que la "
        "policía local de Connecticut puede y no puede hacer en temas de "
        "inmigración. Si le preocupa el futuro de su familia, puede hablar con "
        "un abogado sin costo.</p>"
    ),
    "call_heading": "Hable gratis con un abogado de inmigración",
    "call_text": (
        "Llámenos o llene un formulario corto. Nos comunicaremos con usted para "
        "programar una consulta gratis."
    ),
}

CITY_INDEX = {
    "title": "Ciudades",
    "seo_title": "Ciudades santuario en Connecticut",
    "search_description": (
        "Compare las políticas de inmigración de Hartford, New Haven, New London "
        "y Windham, y vea lo que la Ley de Confianza significa en todo "
        "Connecticut."
    ),
    "intro": (
        "Cuatro comunidades de Connecticut tienen reglas que limitan cuánto "
        "colabora su policía con el Servicio de Inmigración y Control de "
        "Aduanas (ICE). Elija una ciudad para ver lo que su policía hace y no "
        "hace, y cuándo hay excepciones."
    ),
    "statewide_heading": "La ley para todo Connecticut: la Ley de Confianza",
    "statewide_law": (
        "<p>No hace falta vivir en una ciudad santuario para tener cierta "
        "protección. La Ley de Confianza de Connecticut (en inglés, Trust Act), "
        "aprobada por primera vez en 2013, se aplica en todos los pueblos del "
        "estado.</p>"
        "<ul>"
        "<li>El dinero, el personal y los edificios del estado no se pueden usar "
        "para hacer cumplir las leyes federales de inmigración.</li>"
        "<li>Por lo general, la policía no puede dejar a una persona en la cárcel "
        "solo porque ICE lo pidió. Hay excepciones, por ejemplo, en algunos "
        "delitos graves.</li>"
        "<li>La ley federal de inmigración sigue vigente en todas partes, y los "
        "agentes de ICE pueden actuar por su cuenta.</li>"
        "</ul>"
        "<p>Cada caso es distinto. Si tiene preguntas sobre su situación, hable "
        "con un abogado de inmigración.</p>"
    ),
}

CITIES = {
    "hartford": {
        "title": "Hartford",
        "county": "Hartford",
        "search_description": (
            "La policía de Hartford no pregunta por el estatus migratorio cuando "
            "arresta a alguien. Lo que eso significa para usted."
        ),
        "summary": (
            "La policía de Hartford no pregunta por el estatus migratorio cuando "
            "arresta a alguien. La ciudad limita su colaboración con ICE, salvo "
            "en investigaciones criminales y amenazas a la seguridad."
        ),
        "police_will_not_ask": "Su estatus migratorio, ni siquiera en un arresto",
        "after_arrest": FINGERPRINTS_NOT_HELD,
        "exceptions": CRIMINAL_INVESTIGATIONS,
        "police_practices": [
            police_will_not("Preguntarle por su estatus migratorio si lo arresta."),
            police_will_not(
                "Preguntarle por su estatus migratorio si lo para en el tráfico."
            ),
            police_will_not(NOT_JAILED_FOR_ICE),
            police_will(TAKE_FINGERPRINTS),
            police_will(WORK_WITH_FEDERAL_AGENTS),
        ],
        "body": _after_an_arrest("Hartford"),
        "source_title": (
            "Ordenanza de la ciudad de Hartford que limita las preguntas sobre "
            "el estatus migratorio"
        ),
    },
    "new-haven": {
        "title": "New Haven",
        "county": "New Haven",
        "search_description": (
            "En la mayoría de los casos, la policía de New Haven no colabora con "
            "ICE. Lo que eso significa para usted, y las excepciones."
        ),
        "summary": (
            "En la mayoría de los casos, la policía de New Haven no colabora con "
            "ICE y no pregunta por el estatus migratorio en su trabajo diario. "
            "Aun así, puede colaborar con agentes federales en investigaciones "
            "criminales y amenazas a la seguridad."
        ),
        "police_will_not_ask": "Su estatus migratorio en el trabajo policial diario",
        "after_arrest": FINGERPRINTS_NOT_HELD,
        "exceptions": CRIMINAL_INVESTIGATIONS,
        "police_practices": [
            police_will_not("Ayudar a ICE en la mayoría de los casos."),
            police_will_not(
                "Preguntarle por su estatus migratorio si lo para en el tráfico."
            ),
            police_will_not(NOT_JAILED_FOR_ICE),
            police_will(TAKE_FINGERPRINTS),
            police_will(WORK_WITH_FEDERAL_AGENTS),
        ],
        "body": _after_an_arrest("New Haven"),
        "source_title": (
            "Orden del Departamento de Policía de New Haven sobre el estatus migratorio"
        ),
    },
    "new-london": {
        "title": "New London",
        "county": "New London",
        "search_description": (
            "La policía de New London no puede interrogar, arrestar ni retener a "
            "nadie por su raza o por su supuesto estatus migratorio."
        ),
        "summary": (
            "La política de New London combate el perfil racial. La policía no "
            "puede interrogar, arrestar ni retener a nadie por su raza o porque "
            "parezca inmigrante."
        ),
        "police_will_not_ask": RACE_OR_LOOKING_IMMIGRANT,
        "after_arrest": FINGERPRINTS_NOT_HELD,
        "exceptions": CRIMINAL_INVESTIGATIONS,
        "police_practices": [
            police_will_not("Interrogarlo por su raza o porque parezca inmigrante."),
            police_will_not(
                "Arrestarlo o retenerlo por su raza o por el estatus migratorio "
                "que crean que usted tiene."
            ),
            police_will_not(NOT_JAILED_FOR_ICE),
            police_will(TAKE_FINGERPRINTS),
            police_will(WORK_WITH_FEDERAL_AGENTS),
        ],
        "body": _after_an_arrest("New London"),
        "source_title": "Política de la ciudad de New London contra el perfil racial",
    },
    "windham": {
        "title": "Windham",
        "county": "Windham",
        "search_description": (
            "Windham tiene reglas contra el perfil racial y limita su "
            "colaboración con las autoridades de inmigración."
        ),
        "summary": (
            "Windham, que incluye a Willimantic, tiene reglas contra el perfil "
            "racial. También limita cuánto colabora su policía con las "
            "autoridades de inmigración."
        ),
        "police_will_not_ask": RACE_OR_LOOKING_IMMIGRANT,
        "after_arrest": FINGERPRINTS_NOT_HELD,
        "exceptions": CRIMINAL_INVESTIGATIONS,
        "police_practices": [
            police_will_not(
                "Pararlo o interrogarlo por su raza o porque parezca inmigrante."
            ),
            police_will_not(NOT_JAILED_FOR_ICE),
            police_will(TAKE_FINGERPRINTS),
            police_will(WORK_WITH_FEDERAL_AGENTS),
        ],
        "body": _after_an_arrest("Windham"),
        "source_title": "Política del pueblo de Windham contra el perfil racial",
    },
}

ARTICLE_INDEX = {
    "title": "Artículos",
    "search_description": (
        "Artículos en palabras sencillas sobre la ley de inmigración en Connecticut."
    ),
    "intro": (
        "Explicaciones sencillas sobre la ley de inmigración en Connecticut, "
        "escritas por nuestro abogado."
    ),
}

ARTICLES = {
    "connecticut-sanctuary-cities": {
        "title": (
            "Las ciudades santuario de Connecticut: lo que significan para los "
            "inmigrantes"
        ),
        "search_description": (
            "Cuáles son las ciudades santuario de Connecticut, cómo funcionan las "
            "reglas cuando la policía lo para o lo arresta, y lo que añade la Ley "
            "de Confianza."
        ),
        "intro": (
            "Cuatro ciudades de Connecticut limitan cómo colabora su policía con "
            "ICE. Aquí le explicamos lo que eso significa para usted, dónde están "
            "los límites y lo que añade la ley del estado."
        ),
        "tags": ["ciudades santuario", "ICE", "Connecticut", "Ley de Confianza"],
        "body": [
            heading("¿Qué es una ciudad santuario?"),
            paragraph(
                "<p>Una ciudad santuario es una comunidad con reglas que limitan "
                "cuánto ayudan su policía y su gobierno local al Servicio de "
                "Inmigración y Control de Aduanas (ICE). La idea es que los "
                "inmigrantes puedan vivir, trabajar y llamar a la policía sin "
                "miedo a que un contacto de todos los días termine en una "
                "deportación.</p>"
            ),
            paragraph(
                "<p>La mayoría de estas reglas no dejan que la policía local "
                "pregunte por la ciudadanía o el estatus migratorio. Pero no "
                "eliminan toda colaboración: cuando hay una investigación "
                "criminal, la policía todavía puede trabajar con agentes "
                "federales.</p>"
            ),
            heading("¿Cuáles son las ciudades santuario de Connecticut?"),
            bullet_list(
                "Hartford: la policía no pregunta por el estatus migratorio "
                "cuando hace un arresto.",
                "New Haven: la policía no colabora con ICE en la mayoría de los casos.",
                "New London: la policía no puede interrogar, arrestar ni retener "
                "a nadie por su raza o porque parezca inmigrante.",
                "Windham: tiene reglas contra el perfil racial y límites a la "
                "colaboración con las autoridades de inmigración.",
            ),
            heading("¿Cómo funciona en la vida real?"),
            paragraph(
                "<p>Imagine que un policía local lo para por exceso de velocidad. "
                "En una ciudad santuario, el policía no debe preguntarle por su "
                "estatus migratorio en ningún momento.</p>"
            ),
            paragraph(
                "<p>Un arresto por un cargo más grave es distinto. La policía "
                "toma las huellas digitales de toda persona que arresta. El FBI "
                "guarda esas huellas, y ICE puede revisarlas. Si ICE cree que "
                "usted no tiene papeles, puede pedirle a la cárcel que lo retenga "
                "mientras consigue una orden. Los policías de una ciudad santuario "
                "no aceptan ese pedido, así que usted puede salir cuando retiren "
                "los cargos o cuando pague la fianza. Aun así, la policía puede "
                "aceptar el pedido de ICE si hay una amenaza a la seguridad.</p>"
            ),
            callout(
                "La ley de Connecticut también lo protege",
                "<p>La Ley de Confianza de Connecticut dice que los recursos del "
                "estado no se pueden usar para hacer cumplir la ley federal de "
                "inmigración. Se aplica en todos los pueblos, no solo en las "
                "ciudades santuario.</p>",
            ),
            heading("¿Cómo ayudan las ciudades santuario a los inmigrantes?"),
            paragraph(
                "<p>El beneficio principal es sencillo: nadie debería hacerle "
                "preguntas sobre su estatus que podrían terminar en su "
                "deportación. Estas ciudades también permiten usar las escuelas, "
                "los servicios de salud y otros servicios sin importar el estatus "
                "migratorio. Una comunidad que incluye a todos es una comunidad "
                "más fuerte.</p>"
            ),
            paragraph(
                "<p>Quienes viven y trabajan en un pueblo pueden opinar sobre si "
                "se adoptan estas reglas, por ejemplo, hablando ante el concejo "
                "municipal.</p>"
            ),
            questions_and_answers(
                "Preguntas frecuentes",
                (
                    "¿La policía de una ciudad santuario me va a preguntar por mi "
                    "estatus migratorio?",
                    "<p>No debería. En Hartford, New Haven, New London y Windham, "
                    "la policía local no debe preguntar por su estatus en el "
                    "trabajo policial de todos los días, por ejemplo, cuando lo "
                    "para en el tráfico.</p>",
                ),
                (
                    "¿ICE se puede enterar de mí si me arrestan?",
                    "<p>Sí. La policía toma las huellas digitales después de un "
                    "arresto, y ICE puede verlas en los registros del FBI. Lo que "
                    "limita una ciudad santuario es cuánto ayuda su policía a ICE "
                    "después de eso.</p>",
                ),
                (
                    "No vivo en ninguna de estas cuatro ciudades. ¿Estoy protegido?",
                    "<p>La Ley de Confianza de Connecticut se aplica en todos los "
                    "pueblos. Prohíbe usar recursos del estado para hacer cumplir "
                    "la ley federal de inmigración. Un abogado le puede explicar "
                    "cómo se aplica en su caso.</p>",
                ),
            ),
            heading("Pida ayuda a un abogado"),
            paragraph(
                "<p>Viva o no en una ciudad santuario, The Law Offices of James A. "
                "Welcome le puede ayudar. La firma tiene décadas de experiencia en "
                "derecho de inmigración y atiende a inmigrantes en todo "
                "Connecticut. Llame al (203) 753-7300 para programar una consulta "
                "gratis.</p>"
            ),
        ],
    },
}

STANDARD_PAGES = {
    "about": {
        "title": "Sobre la firma",
        "search_description": (
            "The Law Offices of James A. Welcome ayuda a inmigrantes y a sus "
            "familias en todo Connecticut."
        ),
        "intro": (
            "The Law Offices of James A. Welcome ayuda a inmigrantes y a sus "
            "familias en todo Connecticut."
        ),
        "body": [
            paragraph(
                "<p>El abogado James A. Welcome tiene décadas de experiencia en "
                "derecho de inmigración. La firma ayuda con muchos tipos de "
                "preguntas de inmigración, desde una primera visa hasta una "
                "audiencia en la corte de inmigración.</p>"
            ),
            paragraph(
                "<p>La primera consulta es gratis. Le explicamos sus opciones con "
                "palabras sencillas y le decimos con honestidad lo que podemos y "
                "lo que no podemos hacer.</p>"
            ),
            heading("Dónde trabajamos"),
            paragraph(
                "<p>Atendemos a clientes en todo Connecticut, incluidos Hartford, "
                "New Haven, New London y Windham. Llámenos al (203) 753-7300.</p>"
            ),
        ],
    },
    "privacy-policy": {
        "title": "Política de privacidad",
        "search_description": (
            "Qué datos guardamos cuando pide una consulta gratis, y qué datos "
            "nunca guardamos."
        ),
        "intro": (
            "Esta página explica qué datos guardamos cuando usa este sitio o pide "
            "una consulta gratis, y qué datos nunca guardamos."
        ),
        "body": [
            heading("Lo que pide el formulario de consulta"),
            bullet_list(
                "Su nombre.",
                "Su correo electrónico o su número de teléfono, y cómo quiere que "
                "nos comuniquemos con usted.",
                "La mejor hora para llamarle y el idioma que prefiere.",
                "Dónde vive: en una de las ciudades de este sitio, en otro pueblo "
                "de Connecticut o fuera de Connecticut.",
                "Qué tipo de ayuda necesita, si es urgente, y un mensaje corto si "
                "quiere escribirlo.",
                "Que leyó nuestro aviso legal y acepta que nos comuniquemos con usted.",
            ),
            paragraph(
                "<p>Con su solicitud también guardamos el idioma del sitio que "
                "usó, la página de donde vino y las etiquetas de campaña del "
                "enlace que siguió, si las tenía. Así sabemos qué páginas ayudan "
                "a que la gente nos encuentre.</p>"
            ),
            heading("Lo que no guardamos"),
            bullet_list(
                "Nunca le preguntamos por su estatus migratorio.",
                "No guardamos su dirección IP ni datos sobre su teléfono, su "
                "computadora o su navegador.",
                "No usamos rastreadores: ni servicios de analítica, ni cookies de "
                "publicidad, ni botones de redes sociales que lo vigilen.",
            ),
            paragraph(
                "<p>El sitio solo usa las cookies que necesita para funcionar, "
                "como una cookie de seguridad que protege el formulario.</p>"
            ),
            callout(
                "Escriba un mensaje corto",
                "<p>Enviar el formulario no lo convierte en nuestro cliente. Por "
                "favor, no escriba detalles privados de su caso en el mensaje. "
                "Le preguntaremos lo que necesitemos cuando hablemos.</p>",
            ),
            heading("Quién ve su solicitud"),
            paragraph(
                "<p>Solo los abogados y el personal de la firma. Usamos su "
                "solicitud para comunicarnos con usted sobre una consulta y para "
                "revisar si hay conflictos de intereses. No la vendemos ni se la "
                "damos a nadie más, a menos que la ley lo exija.</p>"
            ),
            heading("Cuánto tiempo la guardamos"),
            paragraph(
                "<p>Guardamos una solicitud solo mientras la necesitamos para su "
                "consulta y para nuestros registros. Después la borramos.</p>"
            ),
            heading("Sus opciones"),
            paragraph(
                "<p>Puede pedirnos que le mostremos, corrijamos o borremos lo que "
                "nos envió. Llámenos o escríbanos.</p>"
            ),
        ],
    },
    "legal-disclaimer": {
        "title": "Aviso legal",
        "search_description": (
            "Este sitio ofrece información general, no asesoría legal."
        ),
        "intro": "Por favor, lea esto antes de basarse en algo de este sitio.",
        "body": [
            heading("Información general, no asesoría legal"),
            paragraph(
                "<p>Las páginas de este sitio explican la ley en términos "
                "generales. No son asesoría legal sobre su situación. Las leyes y "
                "las políticas de las ciudades cambian, y cada caso es "
                "distinto.</p>"
            ),
            heading("No hay relación abogado-cliente"),
            paragraph(
                "<p>Leer este sitio, llamarnos o enviar el formulario de consulta "
                "no lo convierte en nuestro cliente. Usted pasa a ser cliente solo "
                "después de que ambos firmemos un acuerdo.</p>"
            ),
            heading("Publicidad de abogados"),
            paragraph(
                "<p>Este sitio web puede considerarse publicidad de abogados según "
                "las Reglas de Conducta Profesional de Connecticut. James A. "
                "Welcome es el abogado responsable de su contenido. Los resultados "
                "de casos anteriores no garantizan un resultado parecido en su "
                "caso.</p>"
            ),
        ],
    },
}

CONSULTATION = {
    "title": "Consulta gratis",
    "search_description": (
        "Pida una consulta gratis con un abogado de inmigración en Connecticut."
    ),
    "intro": (
        "<p>Cuéntenos un poco sobre su situación y cómo comunicarnos con usted. "
        "Nos pondremos en contacto para programar una consulta gratis.</p>"
    ),
    "side_text": (
        "<p><strong>¿Qué pasa después?</strong> Leemos cada solicitud y nos "
        "comunicamos con usted de la forma que usted elija.</p>"
        "<p><strong>Su privacidad.</strong> Nunca le preguntamos por su estatus "
        "migratorio y no guardamos su dirección IP.</p>"
        "<p>Si usted está detenido o tiene pronto una cita en la corte, llámenos "
        "al (203) 753-7300.</p>"
    ),
    "thank_you_text": (
        "<p>Gracias. Recibimos su solicitud y nos comunicaremos con usted pronto. "
        "Si su asunto es urgente, llámenos al (203) 753-7300.</p>"
    ),
}

WORDS_BY_SLUG = {
    "home": HOME,
    "cities": CITY_INDEX,
    **CITIES,
    "articles": ARTICLE_INDEX,
    **ARTICLES,
    **STANDARD_PAGES,
    "free-consultation": CONSULTATION,
}
