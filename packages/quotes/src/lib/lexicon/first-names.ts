/**
 * Common given names with the gender news text usually pairs them with: a prior for "he"/"she"
 * when the document itself gives no pronoun after the name. The document's own evidence (a
 * pronoun after the name, an honorific, "spokeswoman") outweighs it. Names used for both genders
 * (Alex, Jordan, Sam…) are left out on purpose.
 */
const male = `aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alexander
 ali allan alvin amir anders andre andrew andy angelo anthony antonio arthur ashraf barack
barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brett brian
bruce bryan carl carlos chad charles charlie chris christopher chuck clarence claude clint
colin craig curtis dale dan daniel danny darren dave david dean dennis derek diego dimitri
dmitry don donald doug douglas duncan dustin dwayne dylan earl ed eddie edward elijah elon emmanuel
enrique eric erik ernest eugene evan fernando francesco francis francisco frank fred freddie
frederick gabriel gary gavin geoffrey george gerald giovanni glen glenn gordon graham grant greg
gregory gustavo hamid hans harold harry hassan hector henry herbert howard hugh hugo
hussein ian ibrahim igor isaac ivan jack jacob jake james jamie jared jason javier jeff jeffrey
jeremy jerome jerry jesse jim jimmy joe joel johann john johnny jon jonas jonathan jorge jose joseph
josh joshua juan julian justin karl keith ken kenneth kevin khalid kirk kurt kyle lance
larry lawrence lee leo leon leonard lewis liam lloyd louis luca lucas luis luke malcolm marc marco
marcus mario mark martin matt matthew maurice max michael miguel mike mitch mitchell mohamed
mohammad mohammed muhammad nathan neil nicholas nick nicolas nigel noah norman oliver omar oscar
owen pablo patrick paul pedro peter phil philip phillip pierre rafael ralph randy raul ray raymond
reginald rex ricardo richard rick rob robert roberto rod roger roman ron ronald roy russell ryan
salman samuel scott sean sergei sergey seth shane shawn simon stanley stefan stephen steve
steven stewart stuart ted terry thomas tim timothy todd tom tommy tony travis trevor troy tyler
vernon victor vince vincent vladimir walter warren wayne wesley william willie yusuf zach
zachary`

const female = `abigail adriana agnes aisha alexandra alice alicia alison allison amanda amber amy
ana andrea angela angelina anita ann anna anne annie april ashley audrey barbara beatrice becky
bernadette beth betty beverly bonnie brenda bridget brittany carla carmen carol carole caroline
carolyn catherine cathy cecilia charlotte chelsea cheryl chloe christina christine cindy
claire clara claudia colleen connie courtney cynthia daisy dana danielle debbie deborah debra denise
diana diane dolores donna doris dorothy elaine eleanor elena elisabeth elizabeth ella ellen
emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail
georgia gina gloria grace hannah harriet heather heidi helen hillary holly ingrid irene isabel
isabella jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan
joanna joanne josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn
kathy katie kelly kimberly kristen laura lauren leah lena linda lisa lois lori louise lucy
lydia lynn madeleine madison mallory margaret maria marie marina marion marissa martha mary
maureen megan melanie melissa meredith mia michelle monica nadia nancy naomi natalie natasha nicole
nina nora olivia pamela patricia paula pauline peggy penny priya rachel rebecca regina
renee rita roberta rosa rose ruth sabrina sally samantha sandra sara sarah sharon sheila
shirley sofia sonia sophia sophie stella stephanie susan suzanne sylvia tamara tanya teresa theresa
tina tracy valerie vanessa vera veronica victoria virginia vivian wendy yasmin yolanda yvonne
zoe`

const genders = new Map<string, 'male' | 'female'>()
for (const name of male.split(/\s+/)) if (name) genders.set(name, 'male')
for (const name of female.split(/\s+/)) if (name) genders.set(name, 'female')

/** The usual gender of a given name, lower-cased ("joseph" → "male"), when it is common enough. */
export const firstNameGenders: ReadonlyMap<string, 'male' | 'female'> = genders
