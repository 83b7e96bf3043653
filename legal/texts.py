"""Texts of the clauses the rules cite, in Thai and in English.

The Organic Act B.E. 2561 texts follow the consolidated Council of State text (law.md source S12). The texts
of the repealed 2542 Act, of the TAO Act, of the Administrative Procedure Act and of the NACC announcements
are close paraphrases from secondary sources and memory, ending in "…" where shortened; law.md §12 lists
them for checking against the Royal Gazette. English texts are working translations, not official ones.
"""

from __future__ import annotations

from legal.vocabulary import Instrument

_A61 = Instrument.ACT2561
_A42 = Instrument.ACT2542
_TAO = Instrument.TAO2537
_APA = Instrument.APA2539

STATUTE_TEXTS: dict[tuple[Instrument, str, int | None], tuple[str, str]] = {
    (_A61, "128", None): (
        "ห้ามมิให้เจ้าพนักงานของรัฐผู้ใดรับทรัพย์สินหรือประโยชน์อื่นใดอันอาจคำนวณเป็นเงินได้จากผู้ใด "
        "นอกเหนือจากทรัพย์สินหรือประโยชน์อันควรได้ตามกฎหมาย กฎ หรือข้อบังคับที่ออกโดยอาศัยอำนาจตามบทบัญญัติ"
        "แห่งกฎหมาย เว้นแต่การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาตามหลักเกณฑ์และจำนวนที่คณะกรรมการ "
        "ป.ป.ช. กำหนด",
        "No state officer may accept property or any other benefit that can be valued in money from any "
        "person, other than what is due under law or rules issued under law, except ethical acceptance "
        "under the criteria and amounts the NACC prescribes.",
    ),
    (_A61, "128", 2): (
        "ความในวรรคหนึ่งมิให้ใช้บังคับกับการรับทรัพย์สินหรือประโยชน์อื่นใดจากบุพการี ผู้สืบสันดาน หรือญาติ"
        "ที่ให้ตามประเพณี หรือตามธรรมจรรยาตามฐานานุรูป",
        "Paragraph one does not apply to property or benefits from ascendants, descendants or relatives "
        "given by custom or ethically, as befits their station.",
    ),
    (_A61, "128", 3): (
        "บทบัญญัติในวรรคหนึ่งให้ใช้บังคับกับการรับทรัพย์สินหรือประโยชน์อื่นใดของผู้ซึ่งพ้นจากการเป็น"
        "เจ้าพนักงานของรัฐมาแล้วยังไม่ถึงสองปีด้วยโดยอนุโลม",
        "Paragraph one applies, mutatis mutandis, to a person who ceased to be a state officer less than "
        "two years before.",
    ),
    (_A61, "169", None): (
        "เจ้าพนักงานของรัฐผู้ใดฝ่าฝืนมาตรา ๑๒๘ ต้องระวางโทษจำคุกไม่เกินสามปี หรือปรับไม่เกินหกหมื่นบาท หรือทั้งจำทั้งปรับ",
        "A state officer who breaches section 128 is liable to imprisonment of up to three years or a fine "
        "of up to 60,000 baht, or both.",
    ),
    (_A61, "126", 1): (
        "ห้ามมิให้กรรมการ ผู้ดำรงตำแหน่งในองค์กรอิสระ และเจ้าพนักงานของรัฐที่คณะกรรมการ ป.ป.ช. ประกาศกำหนด "
        "ดำเนินกิจการดังต่อไปนี้ …",
        "NACC commissioners, independent-organisation office holders and the state officers the NACC "
        "designates may not carry on the following activities …",
    ),
    (_A61, "126(1)", None): (
        "เป็นคู่สัญญาหรือมีส่วนได้เสียในสัญญาที่ทำกับหน่วยงานของรัฐที่เจ้าพนักงานของรัฐผู้นั้นปฏิบัติหน้าที่"
        "ในฐานะที่เป็นเจ้าพนักงานของรัฐซึ่งมีอำนาจไม่ว่าโดยตรงหรือโดยอ้อมในการกำกับ ดูแล ควบคุม ตรวจสอบ "
        "หรือดำเนินคดี",
        "Being a party to, or having an interest in, a contract with the state agency in which the officer "
        "has direct or indirect power to supervise, control, inspect or prosecute.",
    ),
    (_A61, "126(2)", None): (
        "เป็นหุ้นส่วนหรือผู้ถือหุ้นในห้างหุ้นส่วนหรือบริษัทที่เข้าเป็นคู่สัญญากับหน่วยงานของรัฐ … เว้นแต่"
        "จะเป็นผู้ถือหุ้นในบริษัทจำกัดหรือบริษัทมหาชนจำกัดไม่เกินจำนวนที่คณะกรรมการ ป.ป.ช. กำหนด",
        "Being a partner or shareholder in a partnership or company that contracts with that agency …, "
        "except a shareholding in a limited or public limited company not above the amount the NACC sets.",
    ),
    (_A61, "126(3)", None): (
        "รับสัมปทานหรือคงถือไว้ซึ่งสัมปทานจากรัฐ … หรือเข้าเป็นคู่สัญญา … อันมีลักษณะเป็นการผูกขาดตัดตอน "
        "หรือเป็นหุ้นส่วนหรือผู้ถือหุ้นในห้างหุ้นส่วนหรือบริษัทที่รับสัมปทานหรือเข้าเป็นคู่สัญญาในลักษณะดังกล่าว "
        "… เว้นแต่จะเป็นผู้ถือหุ้นในบริษัทจำกัดหรือบริษัทมหาชนจำกัดไม่เกินจำนวนที่คณะกรรมการ ป.ป.ช. กำหนด",
        "Receiving or keeping a state concession, or a monopoly contract, or being a partner or shareholder "
        "in a firm that does …, except a shareholding not above the amount the NACC sets.",
    ),
    (_A61, "126(4)", None): (
        "เข้าไปมีส่วนได้เสียในฐานะเป็นกรรมการ ที่ปรึกษา ตัวแทน พนักงาน หรือลูกจ้างในธุรกิจของเอกชนซึ่งอยู่"
        "ภายใต้การกำกับ ดูแล ควบคุม หรือตรวจสอบของหน่วยงานของรัฐที่เจ้าพนักงานของรัฐผู้นั้นสังกัดอยู่ …",
        "Taking part as a director, adviser, agent, officer or employee in a private business supervised, "
        "controlled or inspected by the officer's agency …",
    ),
    (_A61, "126", 2): (
        "ให้นำความในวรรคหนึ่งมาใช้บังคับกับคู่สมรสของเจ้าพนักงานของรัฐตามวรรคหนึ่งด้วย โดยให้ถือว่าการดำเนิน"
        "กิจการของคู่สมรสเป็นการดำเนินกิจการของเจ้าพนักงานของรัฐ เว้นแต่เป็นกรณีที่คู่สมรสนั้นดำเนินการอยู่"
        "ก่อนที่เจ้าพนักงานของรัฐจะเข้าดำรงตำแหน่ง",
        "Paragraph one applies to the officer's spouse, whose activities are deemed the officer's, unless "
        "the spouse was already carrying them on before the officer took office.",
    ),
    (_A61, "126", 4): (
        "เจ้าพนักงานของรัฐที่มีลักษณะตาม (๒) หรือ (๓) ต้องดำเนินการไม่ให้มีลักษณะดังกล่าวภายในสามสิบวันนับแต่วันที่เข้าดำรงตำแหน่ง",
        "An officer in situation (2) or (3) must end it within thirty days of taking office.",
    ),
    (_A61, "127", None): (
        "ห้ามมิให้กรรมการ ผู้ดำรงตำแหน่งในองค์กรอิสระ ผู้ดำรงตำแหน่งระดับสูงและผู้ดำรงตำแหน่งทางการเมือง"
        "ที่คณะกรรมการ ป.ป.ช. กำหนด ดำเนินการใดตามมาตรา ๑๒๖ (๔) ภายในสองปีนับแต่วันที่พ้นจากตำแหน่ง",
        "NACC commissioners, independent-organisation office holders, and the high-ranking and political "
        "office holders the NACC designates may not do anything under section 126 (4) within two years of "
        "leaving office.",
    ),
    (_A61, "168", None): (
        "เจ้าพนักงานของรัฐผู้ใดฝ่าฝืนมาตรา ๑๒๖ … ต้องระวางโทษจำคุกไม่เกินสามปี หรือปรับไม่เกินหกหมื่นบาท "
        "หรือทั้งจำทั้งปรับ (กรณีคู่สมรส ต้องพิสูจน์ได้ว่าเจ้าพนักงานของรัฐรู้เห็นยินยอมด้วย)",
        "A state officer who breaches section 126 is liable to up to three years' imprisonment or a fine of "
        "up to 60,000 baht, or both (for a spouse's activity, only if the officer knew and consented).",
    ),
    (_A61, "170", None): (
        "เจ้าพนักงานของรัฐผู้ใดฝ่าฝืนมาตรา ๑๒๗ ต้องระวางโทษจำคุกไม่เกินหกเดือน หรือปรับไม่เกินหนึ่งหมื่นบาท หรือทั้งจำทั้งปรับ",
        "A state officer who breaches section 127 is liable to up to six months' imprisonment or a fine of "
        "up to 10,000 baht, or both.",
    ),
    (_A61, "195", None): (
        "ในระหว่างที่ยังไม่มีการออกประกาศตามมาตรา ๑๒๖ (๒) และ (๓) ให้นำหลักเกณฑ์เกี่ยวกับจำนวนการถือหุ้น"
        "ตามกฎหมายว่าด้วยการจัดการหุ้นส่วนและหุ้นของรัฐมนตรีมาใช้บังคับ … โดยอนุโลม",
        "Until the NACC issues its share notification under section 126 (2) and (3), the shareholding "
        "limits of the law on ministers' partnerships and shares apply mutatis mutandis.",
    ),
    (_A61, "195", 2): (
        "การนับระยะเวลาตามมาตรา ๑๒๖ วรรคสี่ สำหรับ … เจ้าพนักงานของรัฐที่คณะกรรมการป้องกันและปราบปรามการทุจริต"
        "แห่งชาติประกาศกำหนด ที่ดำรงตำแหน่งอยู่ในวันก่อนวันที่พระราชบัญญัติประกอบรัฐธรรมนูญนี้มีผลใช้บังคับ "
        "ให้นับระยะเวลาตั้งแต่วันที่พระราชบัญญัติประกอบรัฐธรรมนูญนี้มีผลใช้บังคับ",
        "For designated officers already in office the day before this Act came into force, the period of "
        "section 126 paragraph four runs from the day the Act came into force.",
    ),
    (_A42, "103", None): (
        "ห้ามมิให้เจ้าหน้าที่ของรัฐผู้ใดรับทรัพย์สินหรือประโยชน์อื่นใดจากบุคคลใด นอกเหนือจากทรัพย์สินหรือ"
        "ประโยชน์อันควรได้ตามกฎหมาย … เว้นแต่การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาตามหลักเกณฑ์และ"
        "จำนวนที่คณะกรรมการ ป.ป.ช. กำหนด",
        "No state official may accept property or other benefits from any person beyond what is due under "
        "law …, except ethical acceptance under the NACC's criteria and amounts.",
    ),
    (_A42, "103", 2): (
        "บทบัญญัติในวรรคหนึ่งให้ใช้บังคับกับการรับทรัพย์สินหรือประโยชน์อื่นใดของผู้ซึ่งพ้นจากการเป็น"
        "เจ้าหน้าที่ของรัฐมาแล้วยังไม่ถึงสองปีด้วยโดยอนุโลม",
        "Paragraph one applies, mutatis mutandis, to a person who left state office less than two years "
        "before.",
    ),
    (_A42, "122", None): (
        "เจ้าหน้าที่ของรัฐผู้ใดฝ่าฝืนมาตรา ๑๐๐ มาตรา ๑๐๑ หรือมาตรา ๑๐๓ ต้องระวางโทษจำคุกไม่เกินสามปี "
        "หรือปรับไม่เกินหกหมื่นบาท หรือทั้งจำทั้งปรับ",
        "A state official who breaches section 100, 101 or 103 is liable to up to three years' imprisonment "
        "or a fine of up to 60,000 baht, or both.",
    ),
    (_A42, "100", None): (
        "ห้ามมิให้เจ้าหน้าที่ของรัฐตามที่คณะกรรมการ ป.ป.ช. ประกาศกำหนด ดำเนินกิจการ … และให้นำมาใช้บังคับ"
        "กับคู่สมรสของเจ้าหน้าที่ของรัฐด้วย …",
        "The state officials the NACC designates may not carry on the listed activities …; the rule also "
        "applies to their spouses …",
    ),
    (_A42, "100(1)", None): (
        "เป็นคู่สัญญาหรือมีส่วนได้เสียในสัญญาที่ทำกับหน่วยงานของรัฐที่เจ้าหน้าที่ของรัฐผู้นั้นปฏิบัติหน้าที่ …",
        "Being a party to, or having an interest in, a contract with the official's agency …",
    ),
    (_A42, "100(2)", None): (
        "เป็นหุ้นส่วนหรือผู้ถือหุ้นในห้างหุ้นส่วนหรือบริษัทที่เข้าเป็นคู่สัญญากับหน่วยงานของรัฐ …",
        "Being a partner or shareholder in a firm that contracts with the official's agency …",
    ),
    (_A42, "100(3)", None): (
        "รับสัมปทานหรือคงถือไว้ซึ่งสัมปทานจากรัฐ … อันมีลักษณะเป็นการผูกขาดตัดตอน …",
        "Receiving or keeping a state concession or monopoly contract …",
    ),
    (_A42, "100(4)", None): (
        "เข้าไปมีส่วนได้เสียในฐานะเป็นกรรมการ ที่ปรึกษา ตัวแทน พนักงานหรือลูกจ้างในธุรกิจของเอกชนซึ่งอยู่"
        "ภายใต้การกำกับ ดูแล ควบคุม หรือตรวจสอบของหน่วยงานของรัฐที่เจ้าหน้าที่ของรัฐผู้นั้นสังกัดอยู่ …",
        "Taking part as a director, adviser, agent, officer or employee in a private business supervised by "
        "the official's agency …",
    ),
    (_A42, "101", None): (
        "ให้นำบทบัญญัติมาตรา ๑๐๐ มาใช้บังคับกับการดำเนินกิจการของผู้ซึ่งพ้นจากการเป็นเจ้าหน้าที่ของรัฐมาแล้ว"
        "ยังไม่ถึงสองปีด้วย เว้นแต่การเป็นผู้ถือหุ้นไม่เกินร้อยละห้าของจำนวนหุ้นที่จำหน่ายได้ทั้งหมดในบริษัท"
        "มหาชนจำกัด …",
        "Section 100 applies to a person who left state office less than two years before, except holding "
        "up to five per cent of the shares of a public limited company …",
    ),
    (_TAO, "64/2(3)", None): (
        "นายกองค์การบริหารส่วนตำบล รองนายกองค์การบริหารส่วนตำบล และเลขานุการนายกองค์การบริหารส่วนตำบล "
        "ต้องไม่มีส่วนได้เสียไม่ว่าทางตรงหรือทางอ้อมในสัญญาหรือกิจการที่กระทำกับองค์การบริหารส่วนตำบลนั้น …",
        "The Chief Executive, Deputy Chief Executives and the Chief Executive's secretary must have no "
        "interest, direct or indirect, in a contract or business with the organisation …",
    ),
    (_TAO, "47 ตรี(6)", None): (
        "สมาชิกภาพของสมาชิกสภาองค์การบริหารส่วนตำบลสิ้นสุดลงเมื่อมีส่วนได้เสียไม่ว่าโดยทางตรงหรือทางอ้อม"
        "ในสัญญาที่องค์การบริหารส่วนตำบลนั้นเป็นคู่สัญญา หรือในกิจการที่กระทำให้แก่องค์การบริหารส่วนตำบล …",
        "A council member's membership ends on having any interest, direct or indirect, in a contract to "
        "which the organisation is a party or in business done for it …",
    ),
    (_APA, "13(1)", None): ("เป็นคู่กรณีเอง", "The official is a party to the matter."),
    (_APA, "13(2)", None): (
        "เป็นคู่หมั้นหรือคู่สมรสของคู่กรณี",
        "The official is the fiancé(e) or spouse of a party.",
    ),
    (_APA, "13(3)", None): (
        "เป็นญาติของคู่กรณี คือ เป็นบุพการีหรือผู้สืบสันดานไม่ว่าชั้นใด ๆ หรือเป็นพี่น้องหรือลูกพี่ลูกน้อง"
        "นับได้เพียงภายในสามชั้น หรือเป็นญาติเกี่ยวพันทางแต่งงานนับได้เพียงสองชั้น",
        "The official is a relative of a party: an ascendant or descendant of any degree, a sibling or "
        "cousin within three degrees, or an in-law within two degrees.",
    ),
    (_APA, "13(4)", None): (
        "เป็นหรือเคยเป็นผู้แทนโดยชอบธรรมหรือผู้พิทักษ์หรือผู้แทนหรือตัวแทนของคู่กรณี",
        "The official is or was the statutory representative, guardian, representative or agent of a party.",
    ),
    (_APA, "13(5)", None): (
        "เป็นเจ้าหนี้หรือลูกหนี้ หรือเป็นนายจ้างของคู่กรณี",
        "The official is a creditor, debtor or employer of a party.",
    ),
}

_N43 = Instrument.NACC2543
_N63 = Instrument.NACC2563

ANNOUNCEMENT_TEXTS: dict[tuple[Instrument, str], tuple[str, str]] = {
    (_N43, "definitions"): (
        "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา หมายความว่า การรับทรัพย์สินหรือประโยชน์อื่นใดจากญาติ "
        "หรือจากบุคคลที่ให้กันในโอกาสต่าง ๆ โดยปกติตามขนบธรรมเนียม ประเพณี หรือวัฒนธรรม หรือให้กันตาม"
        "มารยาทที่ปฏิบัติกันในสังคม",
        "Ethical acceptance means receiving from a relative, or from a person on an occasion of tradition, "
        "custom or culture, or where social manners call for giving.",
    ),
    (_N43, "relative"): (
        "รับทรัพย์สินหรือประโยชน์อื่นใดจากญาติซึ่งให้โดยเสน่หาตามจำนวนที่เหมาะสมตามฐานานุรูป",
        "Receiving from a relative, given out of affection, in an amount appropriate to station.",
    ),
    (_N43, "within_limit"): (
        "รับทรัพย์สินหรือประโยชน์อื่นใดจากบุคคลอื่นซึ่งมิใช่ญาติที่มีราคาหรือมูลค่าในการรับจากแต่ละบุคคล แต่ละโอกาสไม่เกินสามพันบาท",
        "Receiving from a non-relative where the value from each person on each occasion does not exceed "
        "3,000 baht.",
    ),
    (_N43, "general_public"): (
        "รับทรัพย์สินหรือประโยชน์อื่นใดที่การให้นั้นเป็นการให้ในลักษณะให้กับบุคคลทั่วไป",
        "Receiving what is given in the manner of a gift to the general public.",
    ),
    (_N43, "report"): (
        "การรับที่มีมูลค่าเกินกว่าที่กำหนด แต่มีความจำเป็นอย่างยิ่งที่ต้องรับไว้เพื่อรักษาไมตรี มิตรภาพ หรือ"
        "ความสัมพันธ์อันดีระหว่างบุคคล ให้รายงานต่อผู้บังคับบัญชาซึ่งเป็นหัวหน้าส่วนราชการโดยทันทีที่สามารถ"
        "กระทำได้ …",
        "Above the limit but received out of strict necessity to keep goodwill, friendship or good "
        "relations: report to the superior who heads the agency as soon as practicable …",
    ),
    (_N43, "former_official"): (
        "ให้นำหลักเกณฑ์ตามประกาศนี้มาใช้บังคับแก่ผู้ซึ่งพ้นจากการเป็นเจ้าหน้าที่ของรัฐมาแล้วยังไม่ถึงสองปีด้วย",
        "These criteria also apply to a person who left state office less than two years before.",
    ),
    (_N63, "definitions"): (
        "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา หมายความว่า การรับทรัพย์สินหรือประโยชน์อื่นใดอันอาจ"
        "คำนวณเป็นเงินได้ที่ให้กันในเทศกาลหรือวันสำคัญ … การแสดงความยินดี การแสดงความขอบคุณ การต้อนรับ "
        "การแสดงความเสียใจ หรือการให้ความช่วยเหลือตามมารยาททางสังคม",
        "Ethical acceptance means receiving property or benefits valued in money given on festivals or "
        "important days, or on occasions of congratulation, thanks, welcome, condolence or help according "
        "to social etiquette.",
    ),
    (_N63, "within_limit"): (
        "รับทรัพย์สินหรือประโยชน์อื่นใดจากบุคคลอื่นซึ่งมิใช่ญาติที่มีราคาหรือมูลค่าในการรับจากแต่ละบุคคล แต่ละโอกาสไม่เกินสามพันบาท",
        "Receiving from a non-relative where the value from each person on each occasion does not exceed "
        "3,000 baht.",
    ),
    (_N63, "general_public"): (
        "รับทรัพย์สินหรือประโยชน์อื่นใดที่การให้นั้นเป็นการให้ในลักษณะให้กับบุคคลทั่วไป",
        "Receiving what is given in the manner of a gift to the general public.",
    ),
    (_N63, "report"): (
        "การรับที่มีราคาหรือมูลค่าเกินสามพันบาท ซึ่งมีความจำเป็นต้องรับไว้เพื่อรักษาไมตรี มิตรภาพ หรือความสัมพันธ์"
        "อันดี ให้รายงานตามแบบต่อผู้บังคับบัญชาสูงสุดของหน่วยงานของรัฐหรือผู้มีอำนาจแต่งตั้งถอดถอน "
        "ภายในสามสิบวันนับแต่วันที่ได้รับ …",
        "Above 3,000 baht and received out of necessity to keep goodwill, friendship or good relations: "
        "report on the prescribed form to the head of the agency or the appointing authority within thirty "
        "days of receipt …",
    ),
    (Instrument.NACC_SHARES2563, "share_limit"): (
        "เจ้าพนักงานของรัฐที่คณะกรรมการ ป.ป.ช. ประกาศกำหนด ถือหุ้นในบริษัทจำกัดหรือบริษัทมหาชนจำกัดได้"
        "ไม่เกินร้อยละห้าของจำนวนหุ้นที่จำหน่ายได้แล้วทั้งหมด …",
        "Designated state officers may hold up to five per cent of the issued shares of a limited or public "
        "limited company …",
    ),
}
