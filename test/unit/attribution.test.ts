// Attribution, data-driven: each case is an article snippet and, per quote in order, who said it
// (`null` for an unattributed quote of speech, `term` for scare quotes with no source).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';

type Expected = string | null;

const CASES: [text: string, speakers: Expected[]][] = [
  // Cue after the quote.
  ['“We won,” Lehane added.', ['Lehane']],
  ['“We won,” said Mr Blair.', ['Blair']],
  ['"We won," she said.', [null]],
  ['Tony Blair spoke. “We won,” said Mr Blair.', ['Tony Blair']],
  ['Chris Lehane, chief global affairs officer at OpenAI, spoke. “We won,” Lehane added.', ['Chris Lehane']],
  // Cue before the quote.
  ['Hoffman said: “The game is on.”', ['Hoffman']],
  ['Reid Hoffman is here. He told CNBC that “the game is on.”', ['Reid Hoffman']],
  // according to
  ['The model is “a big deal in showing that the game is on,” according to Reid Hoffman, a partner.', ['Reid Hoffman']],
  ['Costs have been “well higher” than $500 million, according to a report by SemiAnalysis.', ['SemiAnalysis']],
  ['According to a report by SemiAnalysis, costs have been “well higher” than $500 million.', ['SemiAnalysis']],
  // Appositive between name and cue.
  ['“It is misguided,” Victor Riparbelli, CEO of Synthesia, an AI video platform, told CNBC.', ['Victor Riparbelli']],
  // Split quotes share their cue.
  ['“What we found is real,” Lehane added. “This is very important.”', ['Lehane', 'Lehane']],
  ['“This is not something new,” Whitaker said in an interview. “I believe we need focus,”', ['Whitaker', 'Whitaker']],
  ['“First part,” she says, “second part.” Meredith Whitaker is quoted.', [null, null]],
  ['Meredith Whitaker spoke. “First part,” she says, “second part.”', ['Meredith Whitaker', 'Meredith Whitaker']],
  // Pronouns resolve to the most recent speaker.
  ['“The game is on,” Prakash added.\nIn addition, he stated that “the West knows little.”', ['Prakash', 'Prakash']],
  ['According to what Hoffman said to CNBC, “the fear is misplaced.”\nAccording to him, “large models still matter,” he went on to say.', ['Hoffman', 'Hoffman']],
  // A paragraph that is only a quote continues the previous speaker.
  ['“The first point,” said Ms Jones.\n“And a second point in its own paragraph.”', ['Jones', 'Jones']],
  // ...but not when the previous paragraph has no attributed quote.
  ['The executives disagreed.\n“The fight has begun.”', [null]],
  // Headline quotes: the same words quoted later, or the first speaker the article quotes.
  ['Council tax rise ‘unavoidable’, says Hale\nRobert Hale said the rise was “unavoidable”.', ['Robert Hale', 'Robert Hale']],
  // A headline that gives the words to a body or a description gives them to whoever the body quotes saying them.
  ['TfL says shutdown is ‘unavoidable’\nThe Jubilee line will close. Andrew Lusk, TfL’s chief operating officer, said the closure was “unavoidable”.', ['Andrew Lusk', 'Andrew Lusk']],
  ['Chief executive says council has ‘no lawful way’ to balance books\nThe council is bust. Alison Threlfall said there was “no lawful way” out.', ['Alison Threlfall', 'Alison Threlfall']],
  ['Operator admits equipment ‘cannot be patched any longer’\nHelen Carrick apologised and said the equipment “cannot be patched any longer”.', ['Helen Carrick', 'Helen Carrick']],
  ['Hale says rise is ‘unavoidable’\nRobert Hale spoke. His rival Tom Baird called it “unavoidable” too.', ['Robert Hale', 'Tom Baird']],
  ['Ferry operator warns of ‘hard winter’ ahead\n“We have looked at every option,” Margaret O’Neill said.', ['Margaret O’Neill', 'Margaret O’Neill']],
  ['Ferry operator warns of ‘hard winter’ ahead\nThe ferry is late. “It will be a hard winter for us,” Margaret O’Neill said.', ['Margaret O’Neill', 'Margaret O’Neill']],
  // A paragraph that is only a quote, after a paragraph that brings someone in without quoting.
  ['Tom Hill, the coach, praised his team.\n“They were brilliant. Every one of them.”', ['Tom Hill']],
  // American politicians' party tags, ages, appositives closed before the cue, sources close to something.
  ['Sen. Jane Doe, D-Ohio, said: “This bill is dead.”', ['Jane Doe']],
  ['Rep. Tom Reed (R-N.Y.) said the bill was “a disaster”.', ['Tom Reed']],
  ['“I was shocked,” 34-year-old Tom Reed told BBC News.', ['Tom Reed']],
  ['“We are on it,” the mayor, Tom Reed, said.', ['Tom Reed']],
  ['The company declined to comment. A source close to the board said: “It is over.”', ['source close to the board']],
  ['“It is over,” one source close to the board told Reuters.', ['source close to the board']],
  ['“The deal is off,” people familiar with the matter said.', ['people familiar with the matter']],
  // A quote ending its sentence with a full stop leaves the next sentence's cue alone.
  ['Tom Reed said: “We will appeal.” His lawyer, Jane Doe, said the verdict was “perverse”.', ['Tom Reed', 'Jane Doe']],
  ['A government spokesman said: “We do not comment on leaks.” Labour said the leak was “deeply worrying”.', ['government spokesman', 'Labour']],
  ['“We will appeal,” Reed’s lawyer, Jane Doe, said outside court.', ['Jane Doe']],
  // A first name alone is a person for "he"; where the speaker works may stand before the cue.
  ['Jane Doe grew up in Hull.\n“We lost everything,” she says.\nHer brother Tom was nine.\n“I thought we would drown,” he recalls.', ['Jane Doe', 'Tom']],
  ['“The guidance was disappointing,” Tom Reed of Bernstein wrote in a note.', ['Tom Reed']],
  ['“It was a team effort,” said the vice-captain, Ann Bell.', ['Ann Bell']],
  // Constructions from the second round of dev articles.
  ['A Republican aide described the final sticking point, a dispute over beds, as "a fight over a decimal point."', ['Republican aide']],
  ['Dr. Alan Greer testified.\n"If this hospital closes, my patients drive 90 minutes."\nThe warning came from Dr. Alan Greer, the only obstetrician in the county.', ['Alan Greer']],
  ['Raymond Okoye runs the clinic.\n“Maybe the better message is simply: Go outside.”\nOkoye, who has three children, offered that advice with a laugh.', ['Raymond Okoye']],
  ['Niamh Calloway paints.\nAsked what she hopes visitors will take from the show, she is quiet for a long time. Then:\n“I hope they smell the diesel.”', ['Niamh Calloway']],
  ['Her first sale came that summer. Niamh Calloway was 22.\n“I spent it on paint and a pasty,” she laughs. “In that order.”', ['Niamh Calloway', 'Niamh Calloway']],
  ['Dr. Renata Solis caught her.\n“I cried,” she said.\nDown the hall, Jolene Marsh, the unit’s nurse manager, was filling out forms.\n“We knew,” she said.', ['Renata Solis', 'Jolene Marsh']],
  ['Dr. Renata Solis caught her. Jolene Marsh filled out forms.\n“We knew,” Ms. Marsh said.\nThe doctor tells it differently.\n“Six weeks,” she said.', ['Jolene Marsh', 'Renata Solis']],
  ['Open Compute Watch praised the vote. "Congress finally closed the back door," its executive director, Tamsin Greaves, said in a statement.', ['Tamsin Greaves']],
  ['A fund manager at another top shareholder, who asked not to be named, said Castellan was “circling”. “They want to buy the house,” the person added.', ['fund manager', 'fund manager']],
  ['"It\'s going to be a lot harder on the floor," said a tech lobbyist working against the measure, who requested anonymity.', ['tech lobbyist']],
  ['Prosecutor Simon Aldred KC opened the case.\n“He did not pick these people at random,” Mr Aldred said.', ['Simon Aldred']],
  ['Republican Sen. Carol Whitaker of Kansas negotiated the deal.\n"We did it," Whitaker said.', ['Carol Whitaker']],
  ['STOCKHOLM, June 3 (Reuters) - Norvik Metals cut its forecast.\nThe company said it was “disappointed”.', ['Norvik Metals']],
  ["The Metalworkers' Federation said the strike would go on until Norvik improved its offer. \"Our members have been patient,\" the union said.", ["Metalworkers' Federation"]],
  ['"Nobody in No 10 wants a fight over this."\nThat was the assessment of a senior government official, who said the prime minister was "relaxed".', ['senior government official', 'senior government official']],
  ['Priya Ashworth spoke on Monday.\n"I would rather have it now."\nThe words were Ashworth\'s, spoken at a private meeting.', ['Priya Ashworth']],
  ['Graham Pellow was jailed.\n“This was one of the most callous frauds I have come across.”\nThose were the words of Detective Sergeant Owen Price, who led the investigation.', ['Owen Price']],
  ['Lido closure ‘a betrayal’, says campaigner\nMargaret Ellery said the decision was “a betrayal of everyone”.', ['Margaret Ellery', 'Margaret Ellery']],
  ['The lido, known locally as the “Brackenford Riviera”, is 50m long, the council said.', ['term']],
  ['Ruth Abernathy owns the orchard.\n“Eighty-five percent,” says her son, Tom Abernathy, the orchard’s general manager.', ['Tom Abernathy']],
  ['Mum-of-two Kerry Walsh, 34, said she was “in bits”.', ['Kerry Walsh']],
  ['England’s chalk streams losing insects at ‘alarming’ rate\n“It is an alarming decline,” said Dr Imogen Reddaway.', ['Imogen Reddaway', 'Imogen Reddaway']],
  ['The board approved the plan, according to people familiar with the matter.\n"It was not a comfortable meeting," one of the people said.', ['people familiar with the matter']],
  ['First Minister Iain Galbraith spoke.\n“I understand the frustration,” the First Minister replied.', ['Iain Galbraith']],
  ['Jess Abernathy came home in March.\n“I am not,” Jess says.', ['Jess Abernathy']],
  ['The UN Office for the Coordination of Humanitarian Affairs (Ocha) released $8.5m. Ocha described conditions as “deteriorating by the hour”.', ['UN Office for the Coordination of Humanitarian Affairs']],
  ['Allies of the chancellor accused No 10 of briefing against him “by the back door”.', ['allies']],
  ['That was the verdict of Graham Tolley, the Tory MP for Wexcombe, who has urged both sides to “cool it”.', ['Graham Tolley']],
  ['Tia Rowlands has since insisted the pair are “just friends”.', ['Tia Rowlands']],
  ['“She’s been carrying that family for years,” said a pal.', ['pal']],
  ['But a senior party figure admitted privately that the ferry had become “a millstone round our neck”.', ['senior party figure']],
  ['Lanyard Capital Management owns 4.8%. In a letter, the hedge fund called the plan "a solution in search of a problem".', ['Lanyard Capital Management']],
  ['Prosecutors said Corrigan’s firm took in $38 million through what it marketed as "Steady Yield" accounts.', ['term']],
  ['Fans queued all night for the “Blue Nights” tour, the band said.', ['term']],
  ['“Disgraceful,” said Tom Reed.', ['Tom Reed']],
  // Pronoun-heavy reporting.
  ['When Beverly Sims stopped her, Lorraine Haddix wrote down the mile marker.\n“She called me back herself,” she said afterward, as Haddix moved on.', ['Beverly Sims']],
  ['Gulls manager Luis Ferreira pulled his own starter, Nate Sorensen, after 62 pitches.\n"I\'m not going to apologize for that," he said.', ['Luis Ferreira']],
  ['Shortstop Jayden Pruitt delivered the big blow, and catcher Ramon Ortiz added a solo homer.\n"My whole family was there," he said.', ['Jayden Pruitt']],
  ['Dale Kowalczyk spoke first. Kowalczyk had not named a starter but said Banks would not be available "unless somebody handcuffs me."', ['Dale Kowalczyk']],
  ['Lorraine Haddix paid the bill. Back at the diner, Haddix paid for her coffee.\n“People keep asking me,” she said.', ['Lorraine Haddix']],
  ['Hannah Burrows and Megan Fairclough shared a bedroom.\nHannah, who is three years younger, was tested. She did not tell anyone, including Megan.\n“I didn’t want her getting her hopes up,” she says.', ['Hannah Burrows']],
  ['It was their mother, Carol Burrows, who let it slip. When the letter arrived, she opened it and rang Megan Fairclough.\n“It had her name on it,” she says.', ['Carol Burrows']],
  ['Sen. Dana Whitfield will bring a bill. Lumora said in a statement that it "shares the goal".\nAsked whether she had the votes, Whitfield did not hesitate. “I would rather lose this vote,” she said.', ['Lumora', 'Dana Whitfield']],
  ['"It is survival," Tom Reed told analysts on Monday.', ['Tom Reed']],
  ['"Scale is survival," Harlow Chief Executive Martin Szabo told analysts on a conference call.', ['Martin Szabo']],
  ['Pine Ridge CEO Greg Gunderson will join the board. Gunderson is the grandson of Arne Gunderson, who opened the first store.\nGunderson was more cautious. "It will take a year," he said.', ['Greg Gunderson']],
  ['A Tidewater Research report estimated the spending, and said that training alone would take “a considerable amount of compute.”', ['Tidewater Research']],
  ['The scheme was "textbook," according to FBI Special Agent Monica Tran.', ['Monica Tran']],
  ['Jamal Osei scored twice.\n“I didn’t know where I was,” the striker said.', ['Jamal Osei']],
  ['Judge Ann Bell sentenced him.\n“This was a cruel fraud,” the judge said.', ['Ann Bell']],
  ['The company has branded the expansion "Alder Gateway."', ['term']],
  ['The word appears in the slogan “Judged by writers, for readers”, the foundation said.', ['term']],
  ['The tickets will not add points, and there will be a "warning period," during which drivers get letters.', ['term']],
  ['"The market is well supplied," Energy Minister Faisal al-Harbi told reporters.\nAl-Harbi said members were "fully aligned" on the cuts.', ['Faisal al-Harbi', 'Faisal al-Harbi']],
  ['Consumer group ShopWatch said Haddows had misled shoppers.\nIn a statement, Haddows said prices had “stayed put”, and it added that sizes were set by makers, “not by us”.', ['Haddows', 'Haddows']],
  ['Conor Heffernan, a spokesman for the developer, Corrib Ridge Homes, said it would fund the junction with the R445. The Kilcarran Residents’ Alliance objected.\nIn a statement, the company said: “We remain committed.”', ['Corrib Ridge Homes']],
  ['Castellan Partners bid for Brightwater Foods in May. Fiona Rushworth, Brightwater’s chair, says it is worth more than Castellan has offered. In a statement, the company said it had “received no revised proposal”.', ['Brightwater Foods']],
  ['The report, published on Tuesday by the Chalk Rivers Trust, covers 38 rivers. Most are clear.\nThe report found that phosphate exceeded the target “in most months of most years”.', ['Chalk Rivers Trust']],
  ['Brightwell Care ordered a review. The review, carried out by the consultancy Ravensworth Associates, found that records had been “routinely completed in advance”.', ['Ravensworth Associates']],
  ['Lumora Labs opposed the bill. An unsigned memo obtained by Politico describes the funding as “leverage we should not give up cheaply”.', [null]],
  ['It sold well and was described by the critic Hal Brennock, writing in the Northern Review, as “a quiet masterpiece”.', ['Hal Brennock']],
  ['Ms Ainsley said she would send a report to the Department of Health and Social Care, warning that systems “are only as honest as the people using them”.', ['Ainsley']],
  ['Nationals MP for Moore Plains Brett Kinsella said the closure was "a betrayal".\n"It is a safety issue," Mr Kinsella said.', ['Brett Kinsella', 'Brett Kinsella']],
  ['Minister of Water and Energy Yusuf Kadrani said his country had "waited long enough".', ['Yusuf Kadrani']],
  ['A Department of Health and Social Care spokesperson confirmed the money was "unaffected".', ['Department of Health and Social Care spokesperson']],
  ['In a statement to Construction News, Harwood Lyle said it had "worked constructively".\n"This was a difficult decision," the statement said.', ['Harwood Lyle', 'Harwood Lyle']],
  ['Bernadette Quigley retired in March. “It was time,” she says.\nShe is careful not to blame the newcomers.\n“I don’t blame the young ones. I blame the system.”', ['Bernadette Quigley', 'Bernadette Quigley']],
  ['Balcony ‘was never built to the drawings’, jury told\nImogen Saye said the balcony “was never built to the drawings”.', ['Imogen Saye', 'Imogen Saye']],
  ['Group Commander Dev Anand spoke first.\n“Water and wiring do not mix,” Cmdr Anand said.', ['Dev Anand']],
  ['Glenn Oyler chairs the board. He put it bluntly in February, according to a recording posted by the county: “Nostalgia does not get a patient to hospital.”', ['Glenn Oyler']],
  ['Daluria’s Foreign Minister Nadia Ferhat called the move "a flagrant violation" of law.', ['Nadia Ferhat']],
  ['The Seyra Basin Commission was set up in 1998. The Ministry of Water and Energy said filling had begun.\nThe commission said it would meet "as soon as practicable".', ['Seyra Basin Commission']],
  ['Cruise Ireland, which represents port companies, said the levy came “without consultation”.\n“Ireland competes for every call,” the organisation said in a statement.', ['Cruise Ireland', 'Cruise Ireland']],
  ['The Wessex Flyfishers’ Association, which gave 40 years of records, said its members had heard “a silence on the water”.', ['Wessex Flyfishers’ Association']],
  ['Fellgate’s co-founder on stubbornness and the investor who nearly walked away\nImogen Farrant keeps a drawer of letters. There are 23 of them, she says.\n“I used to think they were the best thing,” she says.\nFarrant is chief executive of Fellgate Knitwear, which she co-founded in 2017.', ['Imogen Farrant']],
  ['Dr Imogen Saye said the brackets had four bolts.\nPhilippa Drummond KC, prosecuting, asked her how much weight the balcony could carry.\n“Perhaps 40 per cent of its design load,” she replied.', ['Imogen Saye']],
  ['Kevin Dorling denies the charge.\nCross-examining, Jonathan Pryde KC, defending, put it to Dr Saye that the brackets could have been altered.\n“Isn’t it possible that someone else took those bolts out?” he asked.', ['Jonathan Pryde']],
  ['He spent it on boats, according to FBI Special Agent Monica Tran, who testified that the scheme was "textbook" in its structure.', ['Monica Tran']],
  ['Gov. Dana Harmon on Monday accused Senate Republicans of holding the transit systems "hostage," escalating a standoff.', ['Dana Harmon']],
  ['Scottish Labour’s health spokeswoman, Fiona Strachan, said nurses had told her of patients in cupboards.\n“This is not a winter crisis,” she said.', ['Fiona Strachan']],
  ['Martin Szabo runs Harlow Foods.\nSzabo, who had sat beside Gunderson at the headquarters in Cedar Falls, Iowa, laughed when a reporter relayed the remark.\n"Greg has earned it," he said.', ['Martin Szabo']],
  ['Retired couple Derek and Pauline Shaw, from Gateshead, are owed £2,150.\nDerek, 71, said: “We saved for two years for that trip.”', ['Derek Shaw']],
  ['Secretary for Commerce Vincent Tam Chi-keung told lawmakers that the city needed shoppers.\n“Our malls have to give people a reason,” Tam said.', ['Vincent Tam Chi-keung']],
  ['Gary Threlfall, the Saltmarsh manager, is shouting.\n“Nobody puts cones out like Dean,” the Saltmarsh manager says.', ['Gary Threlfall']],
  ['It is 7.45am at the training ground, and Gary Threlfall is already shouting about cones.\n“Nobody puts cones out like Dean,” the Saltmarsh manager says.', ['Gary Threlfall']],
  ['Minister for Personnel and Parliamentary Affairs Mahendra Singh Rathore said the law would ensure that “no mafia can sell the future”.', ['Mahendra Singh Rathore']],
  ['Leader of the Opposition Govind Prasad Khatik described the Bill as “an eyewash” meant to divert.', ['Govind Prasad Khatik']],
  ['Congress MLA from Dausa Rekha Meena, who led the walkout, said: “This is not how a democracy makes laws.”', ['Rekha Meena']],
  ['The department quoted Chief Minister Shri Omprakash Dhaka as saying the law would “restore the faith”.', ['Omprakash Dhaka']],
  ['A spokeswoman for the Department of Transport said the government was "working closely" with the shire.', ['Department of Transport spokeswoman']],
  ['Gordon Tulloch presented the weather on BBC Scotland.\nHis son, Euan Tulloch, a teacher, said his father kept a diary.\nIain Drummond, who read the news alongside him for 18 years, said he had been "the calmest man in any room".\nRuth Allardyce, a former chief forecaster at the Met Office, said he had been doing science communication before anyone had a name for it.\nTulloch’s worst moment came in 1979, when he forecast a breezy day. "I said breezy," he wrote.', ['Iain Drummond', 'Gordon Tulloch']],
  ['Gordon Tulloch presented the weather for 31 years.\nIn a 2011 interview with The Scotsman, he said he missed the job, but added: "I still look out of the window."', ['Gordon Tulloch']],
  ['Karen Whitlow was jailed. Judge Frances Lowther passed sentence.\nWhitlow’s husband, Gary, shook his head.\n“I accept that your life was hard,” she said.', ['Frances Lowther']],
  ['Jens Kortmann, deputy parliamentary leader of the Christian Democrats (CDU) and their Bavarian sister party, the CSU, told the Funke Media Group that the plan was "a half-measure."', ['Jens Kortmann']],
  ['Left Party co-leader Timo Fehrenbach went further, calling compulsory service "a step back into the last century."', ['Timo Fehrenbach']],
  ['Sabine Lehmkuhl has warned about it. "The barracks are not ready," she told the Rheinische Post newspaper, adding that renovating would take "at least a decade."', ['Sabine Lehmkuhl', 'Sabine Lehmkuhl']],
  ['Álvaro Sastre, a Spanish MEP, spoke first.\nItalian Socialists and Democrats MEP Marco Vitale disagreed with him. “Ask a nurse in Florence,” he said.', ['Marco Vitale']],
  ['Claire Oduya presented the bulletin.\nOur north of England correspondent Becky Lowther is in Keswick, where the lake has burst.\n"The water is up to the wheel arches," she said.', ['Becky Lowther']],
  ['Coach Ray Dunn was careful. "I will get fined," he said.\nDarius Hale was less guarded. "That is not a flag," the cornerback said.', ['Ray Dunn', 'Darius Hale']],
  ['One of the signatories, the Fianna Fáil TD for Donegal Séamus Gildea, said he backed the levy but that Killybegs was “not Dubrovnik”.', ['Séamus Gildea']],
  ['Salas, an undrafted free agent out of Texas State, said he had been "sick to my stomach" after the miss.', ['Salas']],
  ['Tanya Whitcombe farms wheat. She and her neighbours set up a group they call "Truck Watch" to record near misses.', ['term']],
  ['Their first jumper, a crewneck they still call “the Original”, took three weeks, Imogen Farrant said.', ['term']],
  ['The minister said the money would go into a new “Coastal Communities Fund” to be run by his department.', ['term']],
  ['"I said breezy," Gordon Tulloch wrote in his 2004 memoir, "Red Sky at Night".', ['Gordon Tulloch', 'term']],
  ['An EU diplomat said the vote would slip. A second diplomat said the delay was “mostly about the calendar,” adding that nothing had changed.', ['second diplomat']],
  ['The Cresswell Rovers Supporters\' Trust has launched a fund.\n"We are not naive," the trust said on Facebook.', ["Cresswell Rovers Supporters' Trust"]],
  ['Council officials said no application had come in. "Any proposal would face a very high bar," officials said in a note.', ['council officials']],
  ['The Tesh County Historical Society wrote to the commission. The ferry is “the last of its kind,” the society wrote.', ['Tesh County Historical Society']],
  ['Harlow Foods Inc will buy the chain. In a separate statement, the Gunderson family said the decision had not been easy. "We have spent three generations building something," they said.', ['Gunderson family']],
  ['A spokesperson for Northvale and Eastfield NHS Foundation Trust said: "We know how valued this service is."', ['Northvale and Eastfield NHS Foundation Trust spokesperson']],
  ['Kasim Yusuf, 19, was killed in May.\nKasim’s sister, Amira, read a statement. "You took my big brother for a bike," she said.', ['Amira Yusuf']],
  // A first name no list knows, set off after the relative: the structure says it is one.
  ['Sam Okonjo made a century.\nOkonjo\'s father, Sirao, watched every ball. "I was nervous," Sirao said.', ['Sirao Okonjo']],
  ['Priya Raghunathan used to work there.\nFor Corinne Abadi, a property manager who runs 14 rentals, the outage meant a night on the phone.\n“I had a family with a newborn in their car,” she says.', ['Corinne Abadi']],
  ['Retiree Tan Siew Lan, 74, has taken the bus for 20 years. "Now I must walk to the main road," said Madam Tan.', ['Tan Siew Lan']],
  ['Senior Minister of State for Transport Ong Wei Jie said the ministry had "heard the concerns". "Every change involves trade-offs," Mr Ong said.', ['Ong Wei Jie', 'Ong Wei Jie']],
  ['A spokesperson for the Department for Environment, Food and Rural Affairs (Defra) said: "We recognise the challenges."', ['Department for Environment, Food and Rural Affairs spokesperson']],
  ['One grower near Malton, who asked not to be named, said he had abandoned 60 acres. "It is heartbreaking," he said.', ['grower']],
  ['In a statement to Construction News, Harwood Lyle said it had "worked constructively" with the trust.', ['Harwood Lyle']],
  ['Among the 17 killed was Daniel Moreno, 15.\nLisa Moreno, whose son Daniel was a freshman, said the day does not get easier.\n"People think five years is a long time," Moreno told CBS News.', ['Lisa Moreno']],
  ['ALLENTOWN, Pa. — Jenna Delgado keeps a binder on the kitchen counter. Her son Eli Delgado is 9.\n“That binder is my second job,” she said.', ['Jenna Delgado']],
  ['“We found it very important,” Chris Lehane added.\nNevertheless, the majority of tech executives were of the opinion that the threat it poses to OpenAI is still relatively minor for the time being.\n“The fight has begun.”', ['Chris Lehane', null]],
  ['The Animation Crafts Guild backed a strike. “Our members have waited three years,” the guild said in a statement.', ['Animation Crafts Guild']],
  ['Marisol Ekwueme runs a union. Agents said their clients were bracing. “Everybody I talk to is updating their calendars,” said one senior agent at a major agency, who asked not to be named.', ['senior agent']],
  ['Marisol Ekwueme said the union had offered a cap.\nHis boss, Velora chief content officer Renata Solberg, struck a combative tone. In it, she warned that “a stoppage would put the slate at risk”.', ['Renata Solberg']],
  ['Glenys Pratt chairs the council.\nAperahama Rēweti, chairman of Te Rūnanga o Ngāti Tāwhiri, told the meeting the harbour had fed his people.\n"Our kuia used to gather pipi right there," he said.', ['Aperahama Rēweti']],
  ['Sam Tierney, 24, was registering his first Grade 1 success since a broken collarbone.\n"It has been a long couple of months sat on the sofa," said the jockey.', ['Sam Tierney']],
  ['One agent said it was bad. Another agent, Howard Pruitt of Crestline Talent, said his clients were sympathetic. “A director is only as good as the people drawing the movie,” he said.', ['Howard Pruitt']],
  // A first name that is also a common word ("Will", "May") opens a name when a surname and a comma or a cue follow.
  ['Will Decker, a spokesman for the Pratt campaign, said it would be “a rerun of the same show.”\n“They will have plenty to say,” Decker said.', ['Will Decker', 'Will Decker']],
  ['Will Congress act? “We are waiting,” Tom Baird said.', ['Tom Baird']],
  ['The authority signed a contract, which its own transport committee described as “a low-risk way to test micromobility”.', ['transport committee']],
  ['Harbor Oil said in a statement that prices would stay “broadly unchanged”, a decision traders said had caught them by surprise.', ['Harbor Oil']],
  ['Harlan Pruitt, the chief executive, addressed the issue at the annual meeting, after a member asked from the floor about shutoffs. According to a recording, he said: “We follow our policies.”', ['Harlan Pruitt']],
  // A dash and a name that ends the paragraph sign a quote.
  ['John Smith runs Acme.\n“We will fight this.” — John Smith', ['John Smith']],
  ['John Smith runs Acme.\n“We will fight this” — John Smith’s slogan — was on every wall.', [null]],
  ['“We will fight this,” said Acme’s chief executive, John Smith.', ['John Smith']],
  // A secretary of state or a chancellor is "the minister".
  ['Lisa Nandy, the culture secretary, spoke. “It is over,” the minister said.', ['Lisa Nandy']],
  ['Lisa Nandy, the party secretary, spoke. “It is over,” the minister said.', ['minister']],
  ['Acme Corp is a firm.\n“We will fight this,” said the head of Acme Corp, John Smith.', ['John Smith']],
  ['“We will fight this,” said one of the organisers, Jane Doe, on Monday.', ['Jane Doe']],
  ['Graham Pask runs the fire service. A reporter asked about the sirens.\nMr Pask paused. "I cannot give you a number, and I will not guess."', ['Graham Pask']],
  ['“I am not the guy who wants to close these towers,” Luis Arrieta told me.\nHe paused. “That sounded harsher than I meant it.”', ['Luis Arrieta', 'Luis Arrieta']],
  ['“It was in biro,” Fenwick says.\nShe pauses. “The spelling was terrible, to be fair.”', ['Fenwick', 'Fenwick']],
  ['“It was in biro,” Fenwick says.\nHe paused after Tom Baird spoke. “The spelling was terrible.”', ['Fenwick', null]],
  ['CrossPennine Rail says no trains will run north of Preston.\n"Please do not attempt to travel today," the operator posted on X.', ['CrossPennine Rail']],
  ['Acme Holdings said it would fight. A spokesperson said: “We will appeal.”', ['Acme Holdings spokesperson']],
  ['Gareth Pryce issued the notice. His report, seen by LGC, says the portfolio generates “insufficient income to service the debt”.', ['Gareth Pryce']],
  ['Student Leonie Brandt said she would volunteer. Her classmate Jonas Albers, 18, was more skeptical.\n"I would rather choose than be chosen," he said.', ['Jonas Albers']],
  ['Grace Tanaka posted on X: "Consent is the product."\n"The winners will be the ones enterprises trust."\nThat\'s how Sofia Reyes framed the bet in a memo.', ['Grace Tanaka', 'Sofia Reyes']],
  ['Bernadette Quigley retired in March.\n“Did you ever think about leaving?” I ask.\n“Every single winter.” She laughs. “In 2009 I nearly did.”', [null, 'Bernadette Quigley', 'Bernadette Quigley']],
  ['Marian Kolb has watched this hill for 30 years.\nShe is quiet for a while. Then: “Walt used to say I was married to a mountain.”', ['Marian Kolb']],
  ['Kasim Yusuf, 19, died in May.\nOutside court, Kasim\'s father said: "Today is not a happy day."', ["Kasim's father"]],
  ['Lumora Labs said it opposed the bill. "It is a privacy disaster," the statement said.', ['Lumora Labs']],
  // Relatives the article named speak under their names.
  ['Kasim Yusuf, 19, died in May. Their father, Tariq Yusuf, sat in the gallery.\nOutside court, Kasim\'s father said: "Today is not a happy day."', ['Tariq Yusuf']],
  ['Kasim Yusuf, 19, died in May. Their father, Tariq Yusuf, sat in the gallery.\n"Today is not a happy day," said Kasim\'s father.', ['Tariq Yusuf']],
  ['Retired couple Derek and Pauline Shaw are owed £2,150.\nMr Shaw said: “It is a disgrace.”\nHis wife said the bank had refused.\n“We did everything right,” she said.', ['Derek Shaw', 'Pauline Shaw']],
  ['Megan, 41, lives with her husband, Tom Fairclough. Anil Varghese, the surgeon, said: “It went well.”\nHer husband says he knew things had changed. “She was too tired,” he says.', ['Anil Varghese', 'Tom Fairclough']],
  ['Megan lives with her husband, Tom Fairclough.\n“We are so glad,” her husband said.', ['Tom Fairclough']],
  // A relative the article does not name is called after whom "his" stands for.
  ['Tom Smith spoke.\nHis wife said: "We are sad."', ['Tom Smith\u2019s wife']],
  // An answer to a question: the one it was put to, or whoever answered the last one; not the asker.
  ['Dr Imogen Saye gave evidence. Philippa Drummond KC, prosecuting, spoke. “That was false,” she said.\nJonathan Pryde KC put it to Dr Saye that the bolts were removed.\n“Isn’t it possible, doctor?” he asked.\n“Possible, yes,” she said.', ['Philippa Drummond', 'Jonathan Pryde', 'Imogen Saye']],
  ['Ms Drummond asked Dr Imogen Saye about the bolts.\n“What does that show?” she asked.\n“Four bolts,” she said.\nJudge Helen Markham spoke next.\n“Could anyone see it?” the judge asked.\n“No,” she said.', ['Drummond', 'Imogen Saye', 'Helen Markham', 'Imogen Saye']],
  ['Maria Lopez runs the shop. “Why does it matter?” she asked. “Because it does,” she said.', ['Maria Lopez', 'Maria Lopez']],
  // "Her instructions never change: “…”": whose words they are, unless another source is named.
  ['Delia Haskins has run the ferry for 33 years.\nHer instructions to first-time passengers never change: “Engine off, brake on.”', ['Delia Haskins']],
  ['Priya Venkatesh wrote a post. Her post drew a reply from a former colleague: “This is the most honest thing.”', ['former colleague']],
  // A person a thing "came from" is in focus; so is "the elder Ms. Haskins".
  ['Delia Haskins runs the ferry.\nThe lone vote against came from Commissioner Ruth Ann Delacroix, who represents the landing. Her reasoning, as she explained it, was simple: “A bridge brings a highway.”\nThe elder Ms. Haskins looked at the water.\n“Fish, probably,” she said.', ['Ruth Ann Delacroix', 'Delia Haskins']],
  // American council titles; letters after a name and its comma; an age or a role after one word as a description.
  ['“We have 1,400 families waiting,” said Councilor Maribel Estrada.\n"We follow our policies," Estrada said.', ['Maribel Estrada', 'Maribel Estrada']],
  ['Crown prosecutor Tom Aquilina, SC, told a hearing that Ferro had shown “a callous indifference”.', ['Tom Aquilina']],
  ['Outside court, Mr Santangelo said the family had signed a contract.\n“Seven years is long,” the 39-year-old said.', ['Santangelo']],
  ['Council leader Gareth Prosser, of Labour, said he was “genuinely sorry”.\nEleri Vaughan, the Plaid Cymru group leader, disagreed.\nAsked whether the plans could change, the council leader said the consultation was “genuine”.', ['Gareth Prosser', 'Gareth Prosser']],
  // A title-case headline names nobody; its names come again below it.
  ['Ember Lane Studios Wins Bidding War for Maren Holt\'s Novel, With Author to Adapt\nHolt announced the news in an Instagram post. "Some news I\'ve been sitting on," she wrote.', ['Holt']],
  // An unnamed source however long its clauses, and described again with its modifiers.
  ['A former billing supervisor who worked at Ridgeline for 11 years, and who spoke on condition of anonymity, said the policy was “something on paper”.\nDolores Whitcomb, 71, relies on oxygen. “I was scared,” she said.\nThe former billing supervisor said that the script was changed.\n“That line was written to get people off the phone,” she said.', ['former billing supervisor', 'Dolores Whitcomb', 'former billing supervisor']],
  // The writer's "I’d" is nobody's name; calling from the kitchen is speech.
  ['Dee Castellano runs the crew.\nI’d told Castellano on the phone that I was a journalist. She laughed at me.\n“It’s not strange,” she said.', ['Dee Castellano']],
  ['Marcus Tibbs joined in March.\n“I did not throw up,” Tibbs called from the kitchen.', ['Marcus Tibbs']],
  // The main clause's name is the subject, not the one in the clause before it; whom the writer asks answers.
  ['Joanna Perrault met Dee Castellano.\nAfter Perrault left, Castellano sat in the truck.\n“Everybody thinks they should have called more,” she said.', ['Dee Castellano']],
  ['Ray Lusk and Walter Penn work together.\nWhen I asked Lusk about it one afternoon, he turned off the water.\n“The jokes aren’t because we don’t care,” he said.', ['Ray Lusk']],
  // A sentence's subject after an opening clause; a pronoun shared by "and told"; "That man is …".
  ['When The Athletic asked whether Wexley would walk away, one senior figure at the club, speaking on condition of anonymity, was blunt: “There is always a number where you stop.”', ['senior figure']],
  ['Castellara’s president, Javier Montalbán, will decide. He has sold only one graduate in nine years, and told members that Calvo was “not for sale, at any price”.', ['Javier Montalbán']],
  ['Adrián Calvo wants to leave.\nThat man is Rafael Calvo Serrano, the winger’s uncle and agent. He said his nephew had turned down a contract.\n“We were honest with them,” he said.', ['Rafael Calvo Serrano']],
  // A job in capitals ("admits CTO") is a person's, never the "it" of a report or a company.
  ['‘We had a calendar reminder,’ admits CTO\nChief technology officer Pieter van der Berg told The Register the certificate had expired.\n‘We had a calendar reminder,’ van der Berg said.\nThe post-incident report is frank. It describes the monitoring as having ‘alerted on every symptom’.', ['Pieter van der Berg', 'Pieter van der Berg', null]],
  // An initial before the first name is part of the name.
  ['Board chairman S. Lakshmi Narasimhan, a retired IAS officer, told reporters the exam was cancelled “in the interest of the process.”\n“We are not going to defend it,” Narasimhan said.', ['S. Lakshmi Narasimhan', 'S. Lakshmi Narasimhan']],
  ['“It was a long case,” said E. Jean Carroll.\n“I would do it again,” Carroll added.', ['E. Jean Carroll', 'E. Jean Carroll']],
  ['Lottie J. Devereux announced the split.\n“We made the decision together,” Lottie wrote.', ['Lottie J. Devereux']],
  // Someone brought in as the relative of the person in focus ("Her daughter, Aoife,") leaves the
  // focus with that person for a "she" in the next paragraph, not in the same one.
  ['Caoimhe Ní Fhlatharta runs the island’s shop. Her daughter, Aoife, boards on the mainland during the week.\n“If the boat goes, I don’t know when I’ll see her,” she said.', ['Caoimhe Ní Fhlatharta']],
  ['Kirsty Mahuika-Bell lost her dog on Saturday. Her neighbour, Anahera Ropata, drove them both to a vet.\n“She was gone before we got there,” she said.', ['Kirsty Mahuika-Bell']],
  ['Caoimhe Ní Fhlatharta runs the island’s shop. Her daughter, Aoife, boards on the mainland. She said: “I miss the island.”', ['Aoife']],
  ['Tom Reed runs the shop. His daughter, Aoife, boards on the mainland.\n“I miss the island,” she said.', ['Aoife']],
  // A body's word before "of" or "for" inside a name makes it a body ("the ministry" is it).
  ['The Federal Ministry of Health and Social Welfare said in a statement that it "regrets" the decision.\n"We remain committed to the welfare of all health workers," the ministry said.', ['Federal Ministry of Health and Social Welfare', 'Federal Ministry of Health and Social Welfare']],
  // An adverb or a participle before its preposition ("Taped to", "Shortly after") is no name.
  ['Taped to the mirror is a handwritten note that reads: “Door stays open.”', [null]],
  ['Shortly after 8am the union’s leader wrote: “Day 1. We did not choose this.”', ['union’s leader']],
  ['Based in Lagos, Chidi Okonkwo said: “It is fine.”\nKelly from Leeds said: “It is not.”', ['Chidi Okonkwo', 'Kelly']],
  // A source described by a clause before "and who asked not to be named"; a named person just
  // mentioned is the "he" of a later paragraph, over an unnamed source paragraphs back.
  ['Pieter van der Berg told The Register the certificate had expired.\nOne sysadmin who runs IT for a group of dental practices in Cheshire, and who asked not to be named, said his clinics had been unable to send reminders.\n‘Their status page said “degraded performance” for six hours,’ he told us.\nJo Pryce-Davies runs a rival host.\nShe said she had raised exactly that risk with van der Berg last year. Asked about the exchange, he did not dispute it.\n‘She did, and she was right,’ he said.', ['sysadmin', 'Pieter van der Berg']],
  // Whom anyone asks a question answers it ("KQED asked Pham whether …").
  ['Daniela Ortiz-Whitfield wrote the bill. Thuy-Tien Pham works at a salon.\n“It is a choice,” Ortiz-Whitfield said.\nKQED asked Pham whether she had ever thought about leaving the industry.\n"Where would I go?" she said.', ['Daniela Ortiz-Whitfield', 'Thuy-Tien Pham']],
  ['Daniela Ortiz-Whitfield wrote the bill. Thuy-Tien Pham works at a salon.\n“It is a choice,” Ortiz-Whitfield said.\nThe committee asked Pham to testify, and she refused.\n"We need the vote," she said.', ['Daniela Ortiz-Whitfield', 'Daniela Ortiz-Whitfield']],
  // A source kept unnamed on purpose, brought in by a sentence before the quote, says it.
  ['The minister told the chamber he sympathised.\nOne islander, a fisherman who asked not to be named, was blunt. "They\'ll find the money the day somebody dies waiting for a boat."', ['islander']],
  ['A resident who declined to be identified for fear of reprisals was angrier still. “Nobody came,” she said. “Nobody.”', ['resident', 'resident']],
  // "one of them" is one of the sources "they" stands for.
  ['Two people familiar with the talks said Qaraz had sought a bigger stake.\n‘There was a version of this that was a creeping takeover,’ one of them said.\nOne of them added: ‘The board said no.’', ['people familiar with the talks', 'people familiar with the talks']],
  // What a sign reads is speech, with no speaker; a translation in brackets is what it translates.
  ['Someone had planted a hand-lettered sign in the snowbank. It read "Piétons oubliés" ("Forgotten pedestrians").', [null, null]],
  ['The sign read: "No Entry".', [null]],
  ['“Is é an bád an bóthar,” Caoimhe Ní Fhlatharta said (“The boat is the road”).', ['Caoimhe Ní Fhlatharta', 'Caoimhe Ní Fhlatharta']],
  ['The app calls it "Quiet Mode" ("Mode silencieux" in French).', ['term', 'term']],
  // A surname with particles, after a role and before "of Nevada"; a first name alone in a family of one.
  ['Senate Minority Leader Ana de la Cruz of Nevada said Democrats would not back the bill.\n"We have said for months what it would take," de la Cruz told reporters.', ['Ana de la Cruz']],
  ['Jenna van der Berg keeps a binder on the kitchen counter.\nPieter van der Berg, 41, is an electrician.\n“People hear ‘Medicaid’ and think it’s for somebody else,” Pieter said.', ['Pieter van der Berg']],
  // A subject whose sentence's first pronoun is "his" is a man, when no list knows the first name;
  // "her client … his age" and "believes she is underrated" tell nothing of the subject.
  ['Losa Faleolo-Hughes has written six novels.\nAhmad bin Yusof, a retired teacher, wanders through the kitchen in search of his glasses.\n“Something with rain in it,” she says.', ['Losa Faleolo-Hughes']],
  ['O’Malley’s attorney, Yero Carver, insisted her client had meant to repay investors, citing his age.\nDiko Kessler, 82, said she gave O’Malley her pension.\nCarver said after the hearing that her client would not appeal. Holloway had been "more than fair," she said.', ['Yero Carver']],
  // A lede's definite description of a job is the person the next paragraph names with a cue,
  // unless someone of that job was named before.
  ['Thuy-Tien Pham, 52, works at a salon in San Jose.\nThe bill\'s author, a first-term Democrat who represents much of East San Jose, called the delay "a choice, not an accident."\n"Every year we wait is another year," Assemblymember Daniela Ortiz-Whitfield said in an interview.', ['Daniela Ortiz-Whitfield', 'Daniela Ortiz-Whitfield']],
  ['Health Minister Jo Reed spoke on Monday.\nThe minister, a former nurse, called the delay "a disgrace."\n"We must act now," said Dr Lena Ortiz, a family doctor.', ['Jo Reed', 'Lena Ortiz']],
  ['The chair of the iwi trust said the bloom was “exactly what we told them would happen.”\n“We have been sending letters,” Mere Tautahi, chair of the Ngāti Rōkai Trust, told RNZ.', ['Mere Tautahi', 'Mere Tautahi']],
  // After a role's "from" or "for", a surname's particles belong to the person.
  ['Congress MLA from Dausa Ana de la Cruz, who led the walkout, said the party had demanded a committee. “We were given 40 minutes,” she said.', ['Ana de la Cruz']],
  ['Minister for Energy Pieter van der Berg said: “It is done.”', ['Pieter van der Berg']],
  // "The agency said" is the body named before whose name is an agency's (Administration, Authority, Office …).
  ['Van der Meulen said the forum had written to the Swedish Maritime Administration asking it to review the charge.\nThe agency said in an emailed statement that it was “aware of the concerns”.', ['Swedish Maritime Administration']],
  // A company's first words stand for its name with the corporate ending, when only one company starts with them.
  ['The city issued the owner, Ozark Crest Residential LLC, seven citations.\nIn a statement, Ozark Crest said a boiler had been “ordered and paid for”.', ['Ozark Crest Residential LLC']],
  ['Ozark Crest Residential LLC owns the block. Ozark Crest Commercial LLC owns the shops.\nIn a statement, Ozark Crest said a boiler had been “ordered and paid for”.', ['Ozark Crest']],
  // A body that puts out a statement is the "it" that quotes it.
  ['The Bus Operators Alliance, which represents about 600 companies, has put out a statement. It is more cautious than you might expect.\n“Operators want a stable settlement,” it says.', ['Bus Operators Alliance']],
  // "The circular warned": the body that issued the circular.
  ['In a circular to factory directors, the Highlands Tea Development Agency said payments would fall.\nThe circular also warned directors against paying any bonus “not supported by audited accounts”.', ['Highlands Tea Development Agency']],
  // A market hall is a body, not a person who could say the headline's quote.
  ['Thornsby butcher: ‘Not a letter, not a phone call’ as market hall faces closure\nTraders at Thornsby Market Hall are angry.\n‘That’s how I heard. Not a letter, not a phone call. A customer,’ said Ken Haigh, 74.', ['Ken Haigh', 'Ken Haigh']],
  ['Jerry Hall said: ‘We won.’', ['Jerry Hall']],
  // What a notice from a named sender reads is the sender's; what "someone" wrote is nobody's in particular.
  ['Tamika Reardon has no hot water. Ozark Crest Residential LLC owns the block.\nA notice from Ozark Crest taped to the front door of the leasing office, which was locked when a KXNQ crew visited around noon, read: "Boiler repair in progress." Below it, someone had written in black marker: "23 DAYS."', ['Ozark Crest Residential LLC', null]],
  // "The spokesperson" is the one last mentioned: the prime minister's, not a named party spokesperson before.
  ['Fenella Carew-Lyons, the Liberal Democrat transport spokesperson, asked: “Can you guarantee it?”\nAt the morning lobby briefing, the prime minister’s spokesperson was asked repeatedly whether No 10 had signed off.\nThe spokesperson replied: “Yes. Full confidence.”', ['Fenella Carew-Lyons', 'prime minister’s spokesperson']],
  // A sign or a note no one signs is nobody's; an email sent by a party is the party's.
  ['Coach Dana Pruitt smiled. On the way out of the arena, a handwritten sign taped above the Marlow State locker room door read: “DEFENSE TRAVELS.”', [null]],
  ['Republicans mock the slogan. An email sent Friday by the Pennsylvania Republican Party read: "Get It Done? She can\'t even get it started."', ['Pennsylvania Republican Party']],
  // Quebec's "Me" (maître) before a lawyer's name is a title, not a name.
  ['"We will answer the city\'s questions in the appropriate forum," said Me Hélène de Grandpré, a lawyer for the firm.', ['Hélène de Grandpré']],
  // Bancorp ends a company's name like Inc or Ltd: "Harbor Crest" is Harbor Crest Bancorp.
  ['Harbor Crest Bancorp shares fell 9%. Harbor Crest called the report “misleading and irresponsible.”', ['Harbor Crest Bancorp']],
  // A chant is speech; what a placard reads after the quote is nobody's, and so is the headline that repeats it.
  ['Police officers were deployed. Some of the protesters carried placards and chanted “Tunataka bonasi!”', ['protesters']],
  ["More than 600 march against port expansion in Oregon town: 'We are not going anywhere'\nLena Forsberg, who chairs the campaign, said: \"We will win.\"\n\"We are not going anywhere,\" read a placard held by a girl on her father's shoulders.", [null, 'Lena Forsberg', null]],
  // Irish "BL" (barrister-at-law) after a name; Australian "Cr" (councillor) before one.
  ['Under cross-examination by defence barrister Eoin de Búrca BL, Ms Fitzgerald-Nolan agreed.\n‘Would you accept that?’ Mr de Búrca asked.', ['Eoin de Búrca']],
  ['Mallee Plains Shire mayor Dale Fennessy said council found out on Facebook.\n"We were blindsided," Cr Fennessy said.', ['Dale Fennessy']],
  // Club names end in Athletic, Rovers, Wanderers, Albion …; "the club" is the one its sentence names, by its short name too; "repeated" is a cue.
  ['Craig Lennox insists Dunmore Athletic will win. Dunmore beat Brechin Rovers last week.\nDunmore have been handed 11,500 tickets, and the club said in a statement that they had sold out ‘within four hours’.', ['Dunmore Athletic']],
  ['Kilbirnie Thistle boss Paul Gallacher-Moore called Dunmore good ‘for their level’.\n‘For their level,’ Lennox repeated, smiling. ‘I’ll let the boys read that one themselves.’', ['Paul Gallacher-Moore', 'Lennox', 'Lennox']],
  // A thing's name after "called" is a term; a subheading quoting the paragraph after it is that speaker's.
  ['Marie-Ève Thériault waited six hours. She has since joined a Facebook group called "Sauvons notre urgence," which has more than 6,000 members.\n\'We are doing everything we can\'\nNathalie Cormier-Landry runs the network.\n"We are doing everything we can. We cannot open a department safely," she said.', ['term', 'Nathalie Cormier-Landry', 'Nathalie Cormier-Landry']],
  // A sentence opened by a name and its cue, however long, brings in the quote after it.
  ['Dame Miriam Achterberg, the regulator’s chief executive, spoke in London.\nAchterberg said the rules were aimed at design, not at the underlying models. “If your product is built to make someone feel they have a relationship with it, you are in scope.”', ['Miriam Achterberg']],
  // Magazines and papers (Monthly, Weekly, Daily, Magazine, Review, Reporter …) are bodies, never "he".
  ['Augustin Varela led the orchestra for 40 years.\nA 1971 review in the trade magazine Bandstand Monthly called his orchestra “a very expensive jukebox,” a line Varela had framed.\n“If I am a jukebox, I am a jukebox with a pension plan,” he told the Whittier Daily Reporter in 1988.', ['Bandstand Monthly', 'Augustin Varela']],
  // "she reads" after the quote: a passage she reads out (from her own notebook) is hers.
  ['Ms. Vukovich has been writing a book about the theater. She reads me a passage from a spiral notebook.\n“Nobody honked. Nobody left. They just sat there in the rain,” she reads.', ['Vukovich']],
  // "referred to … by their first names": a family's members called by first name have its surname.
  ['At Skateland, the Pruitt family has been lacing skates since 1949.\nBernadette Pruitt, 91, was sitting by the register.\nBecause so many members of the family share a last name, they are referred to in this article by their first names.\nToday the rink is run by the elder of her sons, Dale, 66.\n“You can skip anything else,” Dale said.', ['Dale Pruitt']],
  ['Dale Hill runs the rink.\n“You can skip anything else,” Dale said.', ['Dale Hill']],
  // A month that is a first name (June, April, May) opens a name as the second of a couple.
  ['Howard and June Pelletier rode it out in the crawl space.\n“We’ve got nothing left to do but this,” Mrs. Pelletier said.', ['June Pelletier']],
  // A headline's clause before its colon names no speaker: the body's speaker of the same words does.
  ['Ohio Couple Adopt Five Siblings So They Can Stay Together: ‘We Just Kept Saying Yes’\nBy Alicia Moreno\nRachel Dunleavy got the call in 2021.\n“We just kept saying yes,” Rachel Dunleavy said.', ['Rachel Dunleavy', 'Rachel Dunleavy']],
  // A name after an opening phrase of time with no comma is the sentence's subject.
  ['A walker has slipped on the descent from Stob Dearg and cannot put weight on her ankle. Within 20 minutes Morag Keir is in the Land Rover.\n‘People think it’s all helicopters,’ she says later.', ['Morag Keir']],
  // "Resident" opening the sentence before a first name is no part of the name.
  ['Councillors approved the charges.\nResident Pauline Ackroyd, 71, handed in a petition.\n“I’ve lived here 40 years and never paid to walk my dog,” she said.\nThe Guild of Resident Doctors objected.', ['Pauline Ackroyd']],
  // A person first named in a sentence that puts nobody else in focus is whom the next "he" or "she" means.
  ['Sarah Collins, the council leader, said the plan was sound. “We have the money,” she said. Speaking to the BBC, local resident Julie Marsh described the scene. “It was chaos,” she said.', ['Sarah Collins', 'Julie Marsh']],
  ['Mark Hale, the minister, said the report was flawed. “It is wrong,” he said. Ms Lopez spoke first. Then came John Reed, the union’s treasurer. “We will fight,” he said.', ['Mark Hale', 'John Reed']],
  // An indefinite phrase after a name and its comma describes the name; it is no source of its own.
  ['Sarah Collins, the council leader, said the plan was sound. “We have the money,” she said. That view is shared by Dr Anna Kowalski, a virologist at Leeds. “It is too early to say,” she said.', ['Sarah Collins', 'Anna Kowalski']],
  // A first name's usual sex gives way to the pronoun when nobody else fits, and to a title.
  ['“We need more beds,” said David Smith, the hospital’s director. Oluwaseun Adeyemi has heard it all before. “They said that in 2019,” she said.', ['David Smith', 'Oluwaseun Adeyemi']],
  ['“We need more beds,” said David Smith, the hospital’s director.\nStaff told a different story. Oluwaseun Adeyemi, a nurse for 30 years, described “chaos” on the wards.\n“We had patients in corridors,” she said.', ['David Smith', 'Oluwaseun Adeyemi', 'Oluwaseun Adeyemi']],
  ['Robin Hale chairs the trust. Mrs Hale spoke to Tom Baker on Monday.\n“We are not closing,” she said.', ['Robin Hale']],
  // Initials before a surname, as Indian names are written: one, or several written together.
  ['“We have the money,” said K. Ramesh, a director at Acme.', ['K. Ramesh']],
  ['“We have the money,” K.R. Narasimhamurthy said. “It will work,” Mr Narasimhamurthy added.', ['K.R. Narasimhamurthy', 'K.R. Narasimhamurthy']],
  // A day of the week is a first name before a surname and a comma or a cue ("Sunday Ezeokoli"), not after "on".
  ['Sunday Ezeokoli, the market chairman, spoke to reporters. “We lost everything,” Ezeokoli said.', ['Sunday Ezeokoli']],
  ['Monday Okpara said: “It was terrible.”', ['Monday Okpara']],
  ['Amaka Okafor runs a stall. On Sunday Okafor said: “It was terrible.”', ['Amaka Okafor']],
  // A capitalised word for what someone is, before a first name and a surname, is no part of the name.
  ['Shooter Losana Vainikolo scored 40 goals. “We were ready,” Vainikolo said.', ['Losana Vainikolo']],
  ['Magistrate Nomvula Dlamini-Khoza refused bail. “The court has considered it,” Dlamini-Khoza said.', ['Nomvula Dlamini-Khoza']],
  ['Pianist Amara Okafor played first. “I was nervous,” Okafor said.', ['Amara Okafor']],
  ['Juniper Rose Reyes was born on Monday. “She is perfect,” Juniper Rose Reyes’s mother, Ana Reyes, said.', ['Ana Reyes']],
  // A description by age, or by who someone is, after a quote is the person in focus; "a veteran" is someone new.
  ['Mereana Tipoki was pleased.\n“We said we would win,” the 31-year-old centre said.', ['Mereana Tipoki']],
  ['Mereana Tipoki, the captain, was pleased. “We said we would win,” the veteran said.', ['Mereana Tipoki']],
  ['Mereana Tipoki, the captain, was pleased. “We heard a bang,” a veteran said.', ['veteran']],
  // A source's tie to a body ends before a verb.
  ['A person close to the board disputed that characterization, saying the directors had “no interest” in a lowball offer.', ['person close to the board']],
  // "the Speaker said": the person the article gave the title to; an unnamed source of that title in focus since comes first.
  ['When Speaker M. Ramachandrappa refused a second motion, members rushed to the well of the House.\n"The House cannot function like this," the Speaker said.', ['M. Ramachandrappa']],
  ['Scottish Green MSP Isla Munro said the government should act. “Fix that,” she said.\nOne SNP MSP, who asked not to be named, said the party was “sleepwalking” to defeat.\n“People don’t care whose fault it is,” the MSP said.', ['Isla Munro', 'SNP MSP', 'SNP MSP']],
  // Initials before a surname after a job "of the" something.
  ['Leader of the Opposition H.N. Basavaraj said the Bill was flawed.\n"We are being asked to sign a blank cheque," Mr. Basavaraj said.', ['H.N. Basavaraj']],
  // What the signs a group carries read is the group's; a sign nobody carries is nobody's.
  ['Protesters gathered outside the town hall, some holding placards reading ‘Hands off our library’ and ‘Books not budgets’.', ['protesters', 'protesters']],
  ['Fans sang and waved banners outside the ground. One read: “Sack the board.”', ['fans']],
  ['A handwritten sign taped above the door read: “Closed until further notice.”', [null]],
  // A job in small letters before the name set off after a description.
  ['Mothibedi’s lawyer, advocate Ruan Steenkamp, had told the court that his client had “every intention” of clearing his name.', ['Ruan Steenkamp']],
  // "said Reed’s wife, Mary": the relative the name after the comma names; "Tom Reed and his wife, Ann": he is her husband.
  ['Tom Reed farms near Leeds. “He works too hard,” added Reed’s wife, Mary.', ['Mary Reed']],
  ['Tom Reed and his wife, Ann, farm near Leeds. “We love it,” Ann Reed said. “It is hard,” her husband added.', ['Ann Reed', 'Tom Reed']],
  // "The Unite union said": the body named in its own description, not the last body of its kind.
  ['Acme Corp cut 300 jobs on Monday. The Unite union called the cuts “a betrayal”.', ['Unite']],
  // After a quote ending in a comma, "?" or "!", a name or pronoun and a verb no list knows are its tag.
  ['Tom Reed runs the farm.\n“It has been a hard year,” Reed groaned.', ['Tom Reed']],
  ['Tom Reed runs the farm.\n“Who pays for this?” barked Reed. “Not us.”', ['Tom Reed', 'Tom Reed']],
  ['Ann Cole runs the dairy.\n“We will manage,” she ventured.', ['Ann Cole']],
  // The full name keeps the generation the article gives it.
  ['Robert F. Kennedy Jr. spoke on Monday. “We will act,” Kennedy said.', ['Robert F. Kennedy Jr.']],
  // A relative clause's verb and a place after "into" name no source.
  ['The board wrote to the farmer in May. That letter, which was handed into court, warned: ‘Failure to act may result in prosecution.’', [null]],
  // A name's inner word (a Chinese surname after an English first name, a Portuguese first surname)
  // and its first words (a Malay given name) stand for the full name; Datuk is an honorific.
  ['Its chief executive, Aaron Tan Boon Heng, said the company understood. “We share that,” Tan said.', ['Aaron Tan Boon Heng']],
  ['“When I was a boy,” said the boat’s pilot, Joaquim Batista dos Santos, 58. “It is dry,” Batista said.', ['Joaquim Batista dos Santos', 'Joaquim Batista dos Santos']],
  ['Committee chairman Datuk Mohd Azhar Kamaruddin insisted households come first. “That is final,” Mohd Azhar told reporters.', ['Mohd Azhar Kamaruddin']],
  // After a job "of" or "for" something, the person's name (three words after a portfolio).
  ['According to Controller of Examinations Rajesh Bhosale, the trouble began at 9. “It crashed,” he said.', ['Rajesh Bhosale']],
  ['Minister for Sports Winnie Jelagat Kosgei said: “We will pay.”', ['Winnie Jelagat Kosgei']],
  ['Hawker Rosnah Abdul Ghani said she had spent RM300 on water. “If I cannot wash my pots, I cannot sell,” she said.', ['Rosnah Abdul Ghani']],
  // After a quote, a body's name with "of" before a titled person.
  ['"This was not a momentary lapse," Court of King\'s Bench Justice Colette Beaudry said as she delivered her decision.', ['Colette Beaudry']],
  // "X, which said": the body before "which"; where a body is based is no part of its name; a
  // body's word may head a name in other languages ("Institut Kajian Sumber").
  ['The portal is run by Bengaluru-based Vidyasetu Infotech, which said in a statement that a “configuration error” had caused the outage.\n“No data was leaked,” the company said.', ['Vidyasetu Infotech', 'Vidyasetu Infotech']],
  ['Tom Reed said it was fine. “It will work,” he said.\nAccording to Dr Ann Cole, a senior fellow at the Penang-based Institut Kajian Sumber, it will not.\n“The numbers do not add up,” she said.', ['Tom Reed', 'Ann Cole']],
  // A body's name may end in a word that is no name alone ("The Metropolitan Police said").
  ['The Lahore Traffic Police said in a statement that 312 vehicles "emitting visible smoke" had been impounded.', ['Lahore Traffic Police']],
  // A capitalised word, what a body is, then its name: the body ("State water operator Aliran Johor Bhd").
  ['State water operator Aliran Johor Bhd said on Thursday that rotating cuts would continue, describing them as “necessary to stabilise pressure”.', ['Aliran Johor Bhd']],
  // Names as South and East Asian, Malay and West African copy writes them: the inside of one longer
  // name ("Anisur Rahman" of Md Anisur Rahman Bhuiyan, "Iqbal Hossain"), a Korean surname first
  // ("Choi" of Choi Min-seok), "Nor" as a first name, honorifics (Haji, Alhaji) as titles, a titled
  // full name found by its first word ("Rosli" of Datuk Haji Rosli Mat Yunus).
  ['The factory’s owner, Md Anisur Rahman Bhuiyan, blamed cancelled orders. “Two buyers cancelled,” Anisur Rahman said over the phone.', ['Md Anisur Rahman Bhuiyan']],
  ['BGMEA Senior Vice-President Mohammad Iqbal Hossain Khan said the association would “stand by the workers”. “We need the banks,” said Iqbal Hossain.', ['Mohammad Iqbal Hossain Khan', 'Mohammad Iqbal Hossain Khan']],
  ['Professor Choi Min-seok led the team. “It is a start,” Choi said.', ['Choi Min-seok']],
  ['Penang Commuters Network coordinator Nor Hayati Ismail said the new buses were “long overdue”. Nor Hayati said: “We want shelters.”', ['Nor Hayati Ismail', 'Nor Hayati Ismail']],
  ['The Northern Regional Minister, Alhaji Mohammed Sumaila Iddrisu, praised the staff. “This centre is your reward,” Alhaji Iddrisu said.', ['Mohammed Sumaila Iddrisu']],
  ['Deputy Minister Datuk Haji Rosli Mat Yunus spoke. “We want buses,” Rosli said.', ['Rosli Mat Yunus']],
  ['Nor did the council respond. “Fine,” said Tom Reed.', ['Tom Reed']],
  // The person before "of" a body "in" a place; a body before "which"; a number is no part of a source's name.
  ['Superintendent Md Sarwar Alam of Industrial Police-1 in Ashulia said the situation was “tense but under control”.', ['Md Sarwar Alam']],
  ['Acme Corp, which makes tyres for 12,000 customers, said it was “fine”.', ['Acme Corp']],
  ['In Montreal, some 65,000 teachers said the plan was “a disaster”.', ['teachers']],
  // A Spanish first surname with its particles stands for the full name.
  ['José Antonio de la Garza Treviño, who heads the chamber, spoke. “Industry did its homework,” De la Garza said.', ['José Antonio de la Garza Treviño']],
  ['State transport and digital committee chairman Wong Kah Meng welcomed the plan, describing it as “a good start, not the finish line”.', ['Wong Kah Meng']],
  // Kalenjin "arap"; a Kenyan MCA (member of county assembly) as a title.
  ['Area MCA Daniel arap Sigei, who joined the protesters, accused the management of “hiding behind the auction”.\n“We want to see the books,” Mr arap Sigei said.', ['Daniel arap Sigei', 'Daniel arap Sigei']],
  // An indefinite source after an opening phrase is the sentence's subject; a source's phrase that
  // gives a name ("… named Andrii,") is that person.
  ['Kevin Marchetti, the mill’s manager, announced the closure on Monday.\nOutside the mill gates on Tuesday, one longtime millwright, who asked not to be named, said the mood inside was grim.\n“Nobody knew what to say,” he said.', ['longtime millwright']],
  ['Serhii Marchenko, the regional governor, spoke on Monday.\nA drone unit commander with the 118th Separate Mechanized Brigade named Andrii, who goes by the call sign “Lis”, said Russian troops had been creeping closer.\n“When there is fog, our drones cannot see,” he told the Kyiv Independent.', ['term', 'Andrii']],
  // "in X's words", "in the words of X", "in his own words".
  ['Nadia Fenwick is her agent. Sales went, in Fenwick’s words, “completely feral”.', ['Nadia Fenwick']],
  ['Sales went, in the words of Nadia Fenwick, “completely feral”.', ['Nadia Fenwick']],
  ['Tom Reed lost the seat. It was, in his own words, “a controlled demolition.”', ['Tom Reed']],
  ['Halcyon Cloud blamed a certificate that, in the words of its own report, “was not tracked by any system”.', [null]],
  // The subject the quote's own sentence brought into focus before its cue, when the words just
  // before the cue are a relative clause's.
  ['Kevin Marchetti, the mill’s manager, announced the closure.\nOutside the mill gates Tuesday afternoon, one longtime millwright, who asked not to be named because he still works for the company, said the mood inside was “like a funeral.”', ['longtime millwright']],
  // "Another wrote:" is one more source like the one just quoted; "One described" is one of the sources.
  ['The reviews have been swamped by complaints, with one furious shopper writing: “My face was literally BURNING.”\nAnother wrote: “Paid £39 to look like I’d been slapped. Never again.”', ['furious shopper', 'another shopper']],
  ['Industry sources told the Standard that the replacement had been pushed back. One described the delay as “a false economy that everyone could see coming”.', ['Industry sources']],
  ['The police chief said the march was peaceful.\n"We are not going anywhere," read a placard held by a girl. Another said simply: "Whose harbor? Our harbor."', [null, null]],
  // A dateline before a quote leaves the paragraph only a quote.
  ['For 33 years, Delia Haskins has carried cars across the river on a cable ferry.\nPRUETT’S LANDING, Mo. — “You learn a river the way you learn a person. It tells you what it wants.”', ['Delia Haskins']],
  ['“We will win the appeal,” said Tom Reed, the club’s lawyer.\nLAGOS, Nigeria – “And we will win it again if we must.”', ['Tom Reed', 'Tom Reed']],
  ['The executives disagreed.\nLONDON — “The fight has begun.”', [null]],
  // A description whom the next paragraph names: "She was …", "That minister is …", "Her name is …".
  ['"It\'s a school, not a spreadsheet," said a woman in a red fleece who had brought an art project. "You don\'t get to knock it down."\nShe was Dolores Figueiredo, 71, who taught there for 22 years.', ['Dolores Figueiredo', 'Dolores Figueiredo']],
  ['“He has given everything to this club,” said a man who has known Calvo longer than anyone.\nThat man is Rafael Calvo Serrano, the winger’s uncle and agent.', ['Rafael Calvo Serrano']],
  ['“There are families paying more in tolls,” said one of the two ministers at the centre of the dispute.\nThat minister is Roads Minister Peter Kalantzis, the member for Kellerton Downs.', ['Peter Kalantzis']],
  ['“We stayed all night,” said an elderly woman outside the shelter.\nHer name is Amara Okafor, and she has lived on the street for 40 years.', ['Amara Okafor']],
  // (A man with only an adjective is not set apart enough to be the "he" who speaks next.)
  ['The ringleader was refused bail on Friday, Detective Superintendent Liam Fitzgerald-Shaw said. A third man, 27, was granted conditional bail.\n“This was organised, patient and deliberately cruel,” he said.', ['Liam Fitzgerald-Shaw']],
  // (Unnamed when the next paragraph names no one, or names someone already in the story.)
  ['“We stayed all night,” said an elderly woman outside the shelter.\nShe was not alone.', ['woman']],
  ['Amara Okafor runs the shelter.\n“We stayed all night,” said a woman outside it.\nShe was Amara Okafor’s sister.', ['woman']],
  // A body speaking in a statement through its spokeswoman; a firm after "of" with an ampersand.
  ['Harborlight, in a statement released through its spokeswoman, Priya Castellano, said it remained "fully committed" to Ashgrove.\n"We have been working on this site for three years," it said.', ['Harborlight', 'Harborlight']],
  ['Brightwater\'s attorney, Denise Okonkwo of Marrow & Leach LLP, said in an email that the decision was "a routine procedural ruling".', ['Denise Okonkwo']],
  // "whose son Callum": the father of the boy; "One mother" is a source.
  ['Among the signers is Gerard Mulholland, whose son Callum (14) has trained at the club.\nCallum Mulholland, who won an Ulster title, is less dramatic. “It is fine,” he says.\nThe boy’s father says he did not realise how much the club had changed his son.\n“He was showing an eight-year-old how to wrap his hands,” he says.', ['Callum Mulholland', 'Gerard Mulholland']],
  ['The club has produced four champions.\nOne mother, whose two sons train at the club and who asked not to be named, put it plainly: “If that hall goes, the club goes.”', ['mother']],
  // A clause with a cue after a body's name is no role of the body's.
  ['On the floor of the New York Stock Exchange, one trader described the session as “a classic good-news-is-bad-news day.”\n“Nobody’s selling because the economy is bad,” said the trader, who asked not to be named.', ['trader', 'trader']],
  // The writer's "I ask" is the byline's, and the writer is never "she".
  ['By Nadia Ferreira\nDee Castellano runs a crew.\n“Do you ever take it home now?” I asked her.\n“Fine,” I said.\nShe looked at me. “Liar,” she said.', ['Nadia Ferreira', 'Nadia Ferreira', 'Dee Castellano']],
  // Less common cue verbs; "continued" only with nothing after it, and a noun "demands" is no cue.
  ['Ruth Pell runs the farm.\n“It was a disaster,” she fumed. “We lost everything,” Pell lamented.', ['Ruth Pell', 'Ruth Pell']],
  ['Ruth Pell runs the farm.\n“It was a disaster,” Pell said. “Prices fell.”\n“We lost everything,” she continued.', ['Ruth Pell', 'Ruth Pell', 'Ruth Pell']],
  ['Sam Ode leads the firm.\n“We are always looking at capital,” Ode said on a call, when asked about the union’s demands. “Our core is data.”', ['Sam Ode', 'Sam Ode']],
  // Blank lines between paragraphs do not push the byline out of the article's opening.
  ['The cleaners\n\nThey see what nobody else does.\n\nBy Nadia Ferreira\n\nDee Castellano runs a crew.\n\n“Do you ever take it home now?” I asked her.', ['Nadia Ferreira']],
  ['She retired in March. Now her memoir is out. Interview by Laura Menzies\nBernadette Quigley spoke.\n“Did you ever think about leaving?” I ask.\n“Every winter,” she says.', ['Laura Menzies', 'Bernadette Quigley']],
  ['Dee Castellano runs a crew.\n“Do you ever take it home now?” I asked her.', [null]],
  ['Interview by Laura Menzies\nBernadette Quigley retired in March.\n“Did you ever think about leaving?” I ask.\n“Every winter,” she says.\n“And the biscuits?”', ['Laura Menzies', 'Bernadette Quigley', 'Laura Menzies']],
  // Titles with full stops (Ald., Atty.), an opening participle, storms, ampersands, nicknames, acronyms.
  ['“This is a bet,” said Ald. Raymond Kowalczyk, 14th, who led the effort.', ['Raymond Kowalczyk']],
  ['In a letter, Tri-Star\'s lawyer, Atty. Celeste Bernardo, said the company "delivered every project".', ['Celeste Bernardo']],
  ['Sentencing, Judge Helen Ashworth said she accepted the letter was sincere, but told Whitfield his driving had been "nothing short of disgraceful".', ['Helen Ashworth']],
  ['Liza Montemayor chaired the hearing after Typhoon Hermoso.\nTyphoon Hermoso destroyed the dike in 2024.\n"We have photographs," she added.', ['Liza Montemayor']],
  ['Linda Marsh keeps an inhaler in every room.\nSo when Cardinal Ridge Power & Light announced in 2021 that it would retire the 1,100-megawatt plant, Marsh, a retired nurse, said she cried.\n"I thought so," she said.', ['Linda Marsh']],
  ['Pressed by Senator Ramon "Bong" Villareal, Arnel Cruz said he relied on reports.\n"So you signed off on it?" Villareal asked.\n"Not all, your honor. Some," Cruz replied.\n"How many is \'some\'?"', ['term', 'Ramon Villareal', 'Arnel Cruz', 'Ramon Villareal']],
  ['Talks with the Alliance of Studio Producers broke down.\nIn a statement, the ASP said it was “disappointed”.\nThe Ministry of Defence declined. The MoD said the guns would arrive “in the coming months”.', ['Alliance of Studio Producers', 'Ministry of Defence']],
  // Sources described by a job after "one", or by asking not to be named; "X says its" makes X a body.
  ['One senior Army officer described the current fleet as “museum pieces”.\n“We have got young soldiers,” the officer said.', ['senior Army officer', 'senior Army officer']],
  ['“I’ve worked 70-hour weeks,” said one senior compositor at a major vendor, who asked not to be named for fear of retaliation.', ['senior compositor']],
  ['Vantage Signal says its data is anonymized. The FTC sued it.\nIn a blog post, the company said it “has never sold data”.', ['Vantage Signal']],
  // "He added that …" before a quote of its own sentence; "the council" far from the council's name.
  ['Jonah Feld, a labor economist, spoke first.\nHe added that a strong authorization vote could actually make a deal more likely. “It’s leverage.”', ['Jonah Feld']],
  // A relative named after the family word is not who a surname alone means; captions are speech.
  ['Maddie Lark and Jonah Reyes are parents!\nThe singer welcomed daughter Juniper Rose Reyes on Saturday.\nReyes shared the news on Instagram.\n“She’s here,” he captioned the post.', ['Jonah Reyes']],
  // A newspaper is a body, not a "he".
  ['Harlan Pruitt, the chief executive, spoke at the meeting. According to a recording obtained by The Calder Ledger, he said: “We follow our policies.”', ['Harlan Pruitt']],
  // Seats with "of" before a name; a player's position; couples with Spanish names; a qualified source who is not named.
  ['The library will close at 2 a.m., according to an email sent by Dean of Libraries Harold Okonkwo-Reyes.\n"This was not an easy decision," Okonkwo-Reyes wrote in the email.', ['Harold Okonkwo-Reyes']],
  ['Backup Marcus Ebele will start. “I’ve been waiting for this,” Ebele said.', ['Marcus Ebele']],
  ['Ernesto and Lidia Quiñones were denied twice.\n"They told us no," said Ernesto Quiñones.\nHis wife said the couple had spent $9,000.\n"We\'re 70 years old," she said.', ['Ernesto Quiñones', 'Lidia Quiñones']],
  ['Paul Henshaw spoke first.\nA former ThermaSeal salesman, who asked not to be named, told the BBC that staff were paid on commission.\n“We had a script,” he said.', ['former ThermaSeal salesman']],
  // A quote alone after a paragraph that speaks of the person in focus by pronoun is theirs.
  ['Marian Kolb has watched this hill for 30 years.\nWhat the cameras can’t do, she argues, is tell a dust devil from a smoke column.\n“A camera sees gray. I see whether it’s blue-gray or white-gray.”', ['Marian Kolb']],
  ['Bernadette Quigley retired in March. “It was time,” she said.\nHer husband, Des, has read the book twice. Her two daughters have not read it at all.\n“They say they lived it. Fair enough.”', ['Bernadette Quigley', 'Bernadette Quigley']],
  // A plural before the apostrophe of a body's name; a bracket after a name that opens its sentence.
  ['"We have received a clear commitment," the Tsukimori Electric Workers\' Union said in a statement.', ["Tsukimori Electric Workers' Union"]],
  ['Sen. Alicia Brandt (D-Ore.), who has introduced a bill that would ban the sale of location data, said in a statement that the complaint “confirms what we’ve been warning about”.', ['Alicia Brandt']],
  // "a group claim" is a noun; "gave her name only as Sandra"; "heard Bevan shout"; "a judge" is the court's one judge.
  ['Anita Brennan-Shah is a solicitor.\nShe said her firm was preparing a group claim and expected it to be lodged “within months”.', ['Anita Brennan-Shah']],
  ['One member, who gave her name only as Sandra, wrote in a post last month: “Three years of saving, gone on a roof.”', ['Sandra']],
  ['Kyle Bevan, 29, attacked Gareth Prosser.\nWitnesses heard Bevan shout "that\'s what you get, old man" as he left, the prosecutor added.', ['Kyle Bevan']],
  ['Kyle Bevan left the 58-year-old with what a judge described as "life-changing" injuries.\nJailing him, Judge Catrin Rowlands said: "You showed no remorse."', ['Catrin Rowlands', 'Catrin Rowlands']],
  // A job word that is also a first name opens a two-word name.
  ['Dean Mowbray coaches the team. Henrik Solberg is the chairman.\n"We will see," Solberg says.\nMowbray, meanwhile, is loading cones into his car. Asked whether Saltmarsh can win the league, he shrugs.\n"Ask Gary," he says.', ['Henrik Solberg', 'Dean Mowbray']],
  ['Kacey Blaine pulled the serum.\nBut the star’s former Sun Seekers co-star Bella Tran, 27, was less sympathetic.\nAsked about the row, she said: “I feel for her, I really do.”', ['Bella Tran']],
  // "Coun" (Manchester), "of Nevada" after a person, the fullest company name keeps "Inc.", and a
  // sentence dense with capitals is no title-case headline.
  ['Coun Sarah Whitworth said: “Nobody comes into local politics to put up council tax.”', ['Sarah Whitworth']],
  ['Senate Minority Leader Maria Delgado of Nevada said Democrats would not back the bill.\n"We have said for months what it would take," Delgado told reporters.', ['Maria Delgado']],
  // The same with a first name no list knows: after the job word "Leader", it is still a person's.
  ['Senate Minority Leader Bive Delgado of Nevada said Democrats would not back the bill.\n"We have said for months what it would take," Delgado told reporters.', ['Bive Delgado']],
  // "Her husband" asks whose husband without deciding anyone's sex: the surgeon of no known sex is still "he".
  ['Their father, Derek, was less surprised.\nZuda Varghese, the consultant surgeon, says kidneys last longer.\n“It started working at once,” he says.\nHer husband says he knew things had changed.', ['Zuda Varghese']],
  // American style: a title with its full stop, before a particle or before the name a cue follows.
  ['Pieter van der Linde, chief executive of Solent Water, apologised.\n"We got this wrong," Mr. van der Linde said.', ['Pieter van der Linde']],
  ['She and fellow MP Faizal Rahman had met officials.\nMr. Faizal said the MPs had proposed a loop. "We have put forward a few options," he said.', ['Faizal Rahman']],
  // American style: a middle initial with its full stop inside a name, wherever the name stands.
  ['The Conservative shadow housing secretary, Claire M. Whitcombe, said the figures were "a damning verdict".', ['Claire M. Whitcombe']],
  ['The centre on Fenwick Green faces closure.\nSheila M. Brannigan, 68, who chairs the group, has volunteered since 1991.\n"It is the heart of the place," she said.', ['Sheila M. Brannigan']],
  ['Minister for Energy Yusuf K. Kadrani said the dam was safe.\n"It will hold," Kadrani said.', ['Yusuf K. Kadrani']],
  ['Senate Minority Leader Maria K. Delgado of Nevada said Democrats would not back the bill.\n"We have said for months what it would take," Delgado told reporters.', ['Maria K. Delgado']],
  // A person from a place, then an appositive clause, then a cue: the person, not the place.
  ['State Sen. Dale Kvasnicka of Harlan Springs, who introduced the bill, called it "about the cheapest piece of public safety we will ever pass."', ['Dale Kvasnicka']],
  // A title quoted as a term once is a term wherever the article quotes it, whatever cue stands near.
  ['Nadia Vale wrote “Paper Lanterns” in a car park.\n“Paper Lanterns” has earned 212 million streams, according to Tallystream.', ['term', 'term']],
  // A spokesman stays unnamed: the next paragraph's name is someone else.
  ['Council to close library\nA council spokesman said the decision was "final".\nJohn Smith, the council leader, said the budget was "tight".', ['council spokesman', 'John Smith']],
  // A surname that opens with a lower-case particle, mid-sentence.
  ['Captain Rhodri ap Gwynfor, who left the field injured, spoke.\n“I watched from the bench,” ap Gwynfor said.', ['Rhodri ap Gwynfor']],
  // "That's X, who …": who said the quote before, by name.
  ['The river rose overnight.\n"We had two feet in the basement by suppertime."\nThat\'s Gurpreet Sandhu, who owns a store on Main Street.', ['Gurpreet Sandhu']],
  // "Others" opening a sentence is no one's name.
  ['Fans reacted online. Others were less forgiving. “Just give us a date,” read one of the most-shared posts.', [null]],
  // Accented first names are the list's names: José is "he", María "she".
  ['José Núñez spoke first. Then María Delgado spoke.\n“We will win,” he said.', ['José Núñez']],
  // A couple of first names no list knows: joined when one of them acts as a person elsewhere ("Voni, 67,"), never for places.
  ['When Voni and Teodric Hartwell agreed to foster, they had no idea.\nVoni, 67, a former school cook, said: "We did not do it for awards."', ['Voni Hartwell']],
  ['Texas and Southern Oklahoma are dry.\n"We won," the farmer said.', ['farmer']],
  // "a retired mail carrier" is a person, whatever her first name; and "she" is not the Haddix the sentence names.
  ['Noloia Haddix works the fair.\nWhen Kivien Sims, a retired mail carrier, stopped her to complain, Haddix wrote it down.\n“She called me back herself,” she said afterward, as Haddix moved on.', ['Kivien Sims']],
  ['House Majority Leader Jim Caldwell of Ohio said Thursday that the chamber would not return early "until the Senate does its job."', ['Jim Caldwell']],
  ['Brightway Stores cut its outlook on Tuesday. Shares of Brightway Stores Inc. fell 8.8%.\n“It was difficult but necessary,” Brightway Stores said.', ['Brightway Stores Inc']],
  ['Senate Majority Leader Tom Harlan, a South Dakota Republican, accused Democrats.\n"The bill is clean," Harlan said.', ['Tom Harlan']],
  // A source with a who-clause and no comma; a name after "her" is no subject of a participle cue.
  ['A county official who was not authorized to speak publicly told NPR that early estimates put the damage at "more than $50 million."', ['county official']],
  ['Treasurer Andrew Keneally refused.\nIn question time, Prime Minister Catherine Hollis backed her Treasurer, telling parliament the government would “not be bullied” into it.', ['Catherine Hollis']],
  ['Mr Keneally told reporters the package had been “carefully targeted” and that widening it would add “well over a billion dollars” to the bill.', ['Keneally', 'Keneally']],
  // A cue in the clause someone reports is theirs; a couple with one known first name.
  ['Steve Doughty, the union’s London regional organiser, said staff had been warning managers about the signals “since before the pandemic”.', ['Steve Doughty']],
  ['When Bernie and Colin Hartwell agreed to foster a baby boy, they had no idea.\nBernie, 67, a former school cook, said: ‘We didn’t do it for awards.’', ['Bernie Hartwell']],
  // A roll of names with ages is no subject: the surname alone is still whoever spoke.
  ['The names were read aloud: Daniel Moreno, 15; Grace Ashford, 16.\nLisa Moreno, whose son Daniel died, said it does not get easier.\n"It is hard," Moreno told CBS News.\nPrincipal Renee Whitlock said 60 staff were there.\n"It was hard," Whitlock said.\nMoreno placed sunflowers on her son\'s bench.\n"Five years," she said quietly.', ['Lisa Moreno', 'Renee Whitlock', 'Lisa Moreno']],
  ['“Nobody here is saying no houses,” said the group’s chairwoman, Bríd Nolan.', ['Bríd Nolan']],
  // An echo: words quoted again elsewhere come from the same speaker.
  ['The plan is “dead in the water”, critics fear.\n“This plan is dead in the water,” said Tom Baird.', ['Tom Baird', 'Tom Baird']],
  // Organisations and unnamed sources.
  ['It is an allegation that OpenAI has alluded to, telling CNBC in a statement that DeepSeek may have “inappropriately” used its data.', ['OpenAI']],
  ['“We are reviewing the matter,” a Jive spokeswoman said.', ['Jive spokeswoman']],
  ['Police Scotland says a 47-year-old woman has died near Moffat.\n"Officers were called at around 6.50am," a spokesperson said.', ['Police Scotland spokesperson']],
  ['“The leader must go,” party sources said.', ['party sources']],
  // Terms: scare quotes with no source.
  ['This method is called so-called “distillation” by some.', ['term']],
  ['A practice that is referred to as “distillation.”', ['term']],
  ['“Distillation” is the name given to this method.', ['term']],
  ['The editor wrote nothing. "Nobody said this."', [null]],
  ['Linda Carver said her client would not appeal. Patricia Holloway had been "more than fair," she said.', ['Linda Carver']],
  ['Solent Water’s chief executive, Pieter van der Linde, spoke. He admitted that Solent Water had been “too slow to act”.', ['Pieter van der Linde']],
  // Titles and particles.
  ['“We will cut costs,” said Jeroen van der Veer, the chief executive.', ['Jeroen van der Veer']],
  ['“We will stay,” Prime Minister Tony Blair said.', ['Tony Blair']],
  // Roles before names; participles and passives.
  ['“Taxes will fall,” the Conservative leader Michael Howard said.', ['Michael Howard']],
  ['Conservative leader Michael Howard said: “Taxes will fall.”', ['Michael Howard']],
  ['Writer Neil Coppendale, from West Sussex, said: “It was a bit of a disaster for us all.”', ['Neil Coppendale']],
  ['“The market will recover,” Hoffman was quoted as saying.', ['Hoffman']],
  ['Prakash, speaking to the BBC on Monday, said: “The West knows little.”', ['Prakash']],
  ['OpenAI said in a statement: “We are reviewing the reports.”', ['OpenAI']],
  ['He described the plan as a "bit of a disaster", said Dave Smith.', ['Dave Smith']],
  // Definite descriptions of someone already named; gender from first names.
  ['Acme Holdings cut 300 jobs on Monday. In a statement, the company said: “We regret this decision.”', ['Acme Holdings']],
  ['Sarah Jones, the chief executive of Acme, spoke first. “We will grow,” the chief executive said.', ['Sarah Jones']],
  ['Sarah Jones met Tom Baker. “It went well,” she said. “It did not,” he said.', ['Sarah Jones', 'Tom Baker']],
  ['“We are looking at options,” said a spokeswoman for the Rail Delivery Group.', ['Rail Delivery Group spokeswoman']],
];

for (const [text, expected] of CASES) {
  test(`attributes: ${text.replace(/\n/g, '⏎')}`, () => {
    const a = analyze(text);
    const got = a.quotes.map((q) => (q.kind === 'term' ? 'term' : q.speakerId === null ? null : a.speakers[q.speakerId].name));
    assert.deepEqual(got, expected);
  });
}

test('an adverb that opens a sentence (“Down below, …”) is no speaker, and the “she” after it stays with the woman in focus', () => {
  const a = analyze('“Everybody heard the news,” Darlene Vukovich says.\nShe closes the notebook. Down below, on the marquee by the highway, she has spelled out the final message herself, letter by plastic letter: “THANK YOU PELHAM FALLS.”\n“I don’t know what I’ll do on Saturday nights,” she says.');
  assert.deepEqual(a.speakers.map((s) => s.name), ['Darlene Vukovich']);
  assert.equal(a.speakers[a.quotes[2].speakerId ?? -1]?.name, 'Darlene Vukovich');
});

test('aliases collapse to the fullest name, with role and organisation from the appositive', () => {
  const a = analyze('Chris Lehane, chief global affairs officer at OpenAI, spoke first.\n“We won,” Lehane added.\n“We won again,” said Mr Lehane.');
  assert.equal(a.speakers.length, 1);
  const [s] = a.speakers;
  assert.equal(s.name, 'Chris Lehane');
  assert.equal(s.role, 'chief global affairs officer');
  assert.equal(s.organization, 'OpenAI');
  assert.deepEqual(s.aliases.sort(), ['Lehane', 'Mr Lehane']);
  assert.equal(s.quoteIds.length, 2);
});

test('a relative clause gives the role and organisation', () => {
  const a = analyze('“The game is on,” according to Reid Hoffman, who is a partner at the venture capital company Greylock Partners and a co-founder of LinkedIn.');
  assert.equal(a.speakers[0].role, 'partner');
  assert.equal(a.speakers[0].organization, 'Greylock Partners');
});

test('the cue and how the speaker was found are recorded', () => {
  const a = analyze('“The game is on,” Prakash added.\nIn addition, he stated that “the West knows little.”');
  assert.equal(a.quotes[0].cue, 'added');
  assert.equal(a.quotes[0].attribution, 'explicit');
  assert.equal(a.quotes[1].cue, 'stated');
  assert.equal(a.quotes[1].attribution, 'pronoun');
});

// Roles and organisations, data-driven: the sentence that introduces the speaker, then who they are.
const ROLES: [intro: string, speaker: string, role: string | null, organization: string | null][] = [
  ['Helena Ramírez, a planetary scientist at the University of Arizona who was not involved in the research, spoke.', 'Ramírez', 'planetary scientist', 'University of Arizona'],
  ['Shooter Losana Vainikolo scored 40 goals.', 'Vainikolo', 'Shooter', null],
  // A verb before the job is no part of it.
  ['The ministry hired consultant James Porter last year.', 'Porter', 'consultant', null],
  ['Critics include economist Peter Lang.', 'Lang', 'economist', null],
  ['The scheme was textbook, according to FBI Special Agent Monica Tran.', 'Tran', 'Special Agent', 'FBI'],
  ['Council leader Gareth Prosser, of Labour, apologised.', 'Prosser', 'Council leader', 'Labour'],
  ['Conservative leader Michael Howard, 62, spoke.', 'Howard', 'leader', 'Conservative'],
  ['The Conservatives’ shadow chancellor, Michael Grant, accused the government of waste.', 'Grant', 'shadow chancellor', 'Conservatives'],
  ['The Local Government Association is worried. Its chairwoman, Louise Pryor, warned of bankruptcies.', 'Pryor', 'chairwoman', 'Local Government Association'],
  ['Dr Priya Nair, a GP at Stanbridge Medical Practice, backs the scheme.', 'Nair', 'GP', 'Stanbridge Medical Practice'],
  ['West Sussex County Council’s cabinet member for highways, Sean O’Brien, said the plan was sound.', 'O’Brien', 'cabinet member for highways', 'West Sussex County Council'],
  ['Lord Fenwick, a Conservative peer who lives in the village, said he would act.', 'Lord Fenwick', 'peer', 'Conservative'],
  ["The chief executive of Island Ferries, Margaret O'Neill, said routes would go.", "Ms O'Neill", 'chief executive', 'Island Ferries'],
  ['Mr Justice Alderton ruled for the band.', 'Mr Justice Alderton', 'judge', null],
  ['Senate Majority Leader Chuck Schumer spoke.', 'Schumer', 'Majority Leader', 'Senate'],
  ['Labour MP Sarah Champion spoke.', 'Champion', 'MP', 'Labour'],
  ['Margaret Ellery, who has swum at the lido for 41 years and chairs the Friends of Brackenford Lido group, spoke.', 'Ellery', 'chair', 'Friends of Brackenford Lido'],
  ['Fiona Rushworth, Brightwater’s chair, has told shareholders to wait.', 'Rushworth', 'chair', 'Brightwater'],
  ['Ingrid Solberg, a co-author of the study and a senior researcher at the Aarhus Eye Institute, spoke.', 'Solberg', 'senior researcher', 'Aarhus Eye Institute'],
  ['In 1989, Harriet Lowe, then the art critic of the Sunday Herald, dismissed the show.', 'Lowe', 'art critic', 'Sunday Herald'],
  ['Those were the words of Detective Sergeant Owen Price, who led the investigation.', 'Price', 'Detective Sergeant', null],
  ['Sheila Brannigan, 68, who chairs the Friends of Fenwick Green, spoke.', 'Brannigan', 'chair', 'Friends of Fenwick Green'],
  ['Philippa Drummond KC, prosecuting, opened the case.', 'Drummond', 'prosecutor', null],
  ['Jonathan Pryde KC, defending, put it to the witness.', 'Pryde', 'defence barrister', null],
  ['Gregory O’Malley, 61, of Dublin, Ohio, pleaded guilty.', 'O’Malley', null, null],
  ['Orrery Labs launched a device that the company’s chief executive, Nadia Ferrante, called light.', 'Ferrante', 'chief executive', 'Orrery Labs'],
  ['Mary Fitzgerald, 67, a pensioner from Leeds, says she is afraid.', 'Fitzgerald', 'pensioner', null],
  ['Scottish Green MSP Isla Munro said beds were blocked.', 'Munro', 'MSP', 'Scottish Green'],
  ['Solberg hired Gary Threlfall, who had been sacked by Rotherby United, in June 2022.', 'Threlfall', null, null],
  ['Chief Financial Officer Derek Osei told analysts that demand was choppy.', 'Osei', 'Chief Financial Officer', null],
  ['Nationals MP for Moore Plains Brett Kinsella called the closure a betrayal.', 'Kinsella', 'MP for Moore Plains', null],
  ['Leader of the Opposition Govind Prasad Khatik described the Bill as an eyewash.', 'Khatik', 'Leader of the Opposition', null],
  ['Senior Minister of State for Transport Ong Wei Jie said the ministry had listened.', 'Ong', 'Senior Minister of State for Transport', null],
  // An executive whose company goes unsaid works for the company the report is about (named at
  // least three times, more than any other body; a government or the outlet told is not counted).
  ['Brightway Stores Inc. cut its outlook. Brightway Stores shares fell. Brightway Stores told Reuters it would hire. Chief Financial Officer Derek Osei told analysts that demand was choppy.', 'Osei', 'Chief Financial Officer', 'Brightway Stores Inc'],
  ['Brightway Stores Inc. cut its outlook. Brightway Stores shares fell, and Castellan Partners and Castellan Partners bid. CEO Linda Marchetti spoke to analysts.', 'Marchetti', 'CEO', null],
  // An owner before the role points back to a body named before: its name holds the noun (or a word
  // of its kind), or, for "its", it is what the sentence before was about.
  ['The Calusa Builders Association met on Monday. Roofers are booked. Marco Tellechea, the association’s president, spoke.', 'Tellechea', 'president', 'Calusa Builders Association'],
  ['Harbour Records lost the case. The label’s president, Carla Mendes, spoke.', 'Mendes', 'president', 'Harbour Records'],
  ['Members of Heartland Energy Workers Local 1392 voted. Gary Pruitt, the local’s business manager, spoke.', 'Pruitt', 'business manager', 'Heartland Energy Workers Local'],
  ['The motoring group Roadwatch, whose index ranked Kirkmoor last, gave the plan a welcome. Its director, Neil Arkwright, spoke.', 'Arkwright', 'director', 'Roadwatch'],
  ['The Department of Housing said no.\nRental charity Tenancy Rights Ireland said the sides were apart.\nIts chief executive, Orla Cassidy, spoke.', 'Cassidy', 'chief executive', 'Tenancy Rights Ireland'],
  ['The Lakefront Fiscal Policy Institute, a watchdog run by Raymond Kowalczyk, has no position, but its president, Harold Tennant, spoke.', 'Tennant', 'president', 'Lakefront Fiscal Policy Institute'],
  ['Northern Grid Networks says 240,000 customers are without power.\nIts director of operations, Ian Corrigan, warned of delays.', 'Corrigan', 'director of operations', 'Northern Grid Networks'],
  ['Martin Lindqvist, the UN’s resident co-ordinator in the country, said aid was slow.', 'Lindqvist', 'resident co-ordinator in the country', 'UN'],
  ['Helen Carrick, managing director of Capital Orbital Railway, apologised.', 'Carrick', 'managing director', 'Capital Orbital Railway'],
  ['Mr Ruane was responding to Sinn Féin’s tourism spokeswoman, Aoife Brennock, who said the levy would sink.', 'Brennock', 'tourism spokeswoman', 'Sinn Féin'],
  ['It is a classic case, said Karin Holm at Nordvik Asset Management in Oslo.', 'Holm', null, 'Nordvik Asset Management'],
  ['The Kingsbridge Hospitals NHS Foundation Trust was sad. In a message to staff, trust chief executive Rebecca Lomax said the setback hurt.', 'Lomax', 'chief executive', 'Kingsbridge Hospitals NHS Foundation Trust'],
  ['Al Jazeera’s Omar Siddiq, reporting from Kessa, said farmers were anxious.', 'Siddiq', null, 'Al Jazeera'],
  ['Conor Heffernan, a spokesman for the developer, Corrib Ridge Homes, said the company had offered.', 'Heffernan', 'spokesman', 'Corrib Ridge Homes'],
  ['Councillor Kwame Asante, transport lead at Harwood Council, said he would write.', 'Asante', 'Councillor', 'Harwood Council'],
  ['Dr Mariam Okonjo, a plant scientist at the Westbury Centre for Crop Research, spoke.', 'Okonjo', 'plant scientist', 'Westbury Centre for Crop Research'],
  // After "a", a word for someone who does something is a job, even one the lexicon does not list.
  ['“We lost it all,” said Ernesto Quiñones, a retired school bus driver.', 'Quiñones', 'retired school bus driver', null],
  ['Nelia Garcia, 58, a vegetable vendor whose house was flooded, spoke.', 'Garcia', 'vegetable vendor', null],
  ['Evelyn Park, a 71-year-old retired schoolteacher from Westerville, spoke.', 'Park', 'retired schoolteacher', null],
  ['Tom Reid, a father of three from Leeds, spoke.', 'Reid', null, null],
  ['Prosecuting, Sarah Kinnear said Mrs Doyle suffered a fractured pelvis.', 'Kinnear', 'prosecutor', null],
  ['Defending, Paul Mercer said Whitfield was remorseful.', 'Mercer', 'defence barrister', null],
  ['Writing for the gadget site Pixelcourt, reviewer Sam Okonkwo called the Halo clever.', 'Okonkwo', 'reviewer', null],
  ['Concluding the inquest, assistant coroner Catherine Ainsley said staff were afraid.', 'Ainsley', 'assistant coroner', null],
  ['Leahy scored after Connor Leahy won the ball.', 'Leahy', null, null],
  // A job that belongs to one kind of body belongs to the article's only body of that kind.
  ['Ferndale Primary School will lose its speech unit. Headteacher Claire Mottram said she had no warning.', 'Mottram', 'Headteacher', 'Ferndale Primary School'],
  ['Ferndale Primary School will lose a unit. Oakfield Primary School will too. Headteacher Claire Mottram said she had no warning.', 'Mottram', 'Headteacher', null],
  ['Kirsty MacAulay, the Liberal Democrat MSP for the Highlands and Islands, said she had received emails.', 'MacAulay', 'MSP', 'Liberal Democrat'],
  ['Sen. Ruth Calloway (D-Minn.), a member of the Armed Services Committee, said the Pentagon was slow.', 'Calloway', 'member', 'Armed Services Committee'],
  ['Dr Helena Varga, the World Health Organization’s representative in Tavoru, spoke.', 'Varga', 'representative in Tavoru', 'World Health Organization'],
  ['Under cross-examination by Richard Bellamy, KC, Ashdown’s barrister, he accepted the point.', 'Bellamy', 'barrister', null],
  ['The Government cut the grant. The Government said so. The Government would not say more. CEO Linda Marchetti spoke to analysts.', 'Marchetti', 'CEO', null],
  // An organisation given as an acronym is the name the article spells out: defined in brackets,
  // or the one name whose initials it is; a person's initials are not a body.
  ['The Association of Crude Exporting Countries met. Hamid Rostami, the ACEC’s secretary general, spoke.', 'Rostami', 'secretary general', 'Association of Crude Exporting Countries'],
  ['The Irish Nurses and Midwives Organisation (INMO) counted 600 patients. Bríd Kinsella, the INMO’s general secretary, spoke.', 'Kinsella', 'general secretary', 'Irish Nurses and Midwives Organisation'],
  ['Kacey Blaine founded the brand. Sara Doyle, the KB’s marketing director, spoke.', 'Doyle', 'marketing director', 'KB'],
  // Words that end the names of bodies ("Mutual", "Books"): the bank a chief executive runs.
  ['Southern Cross Mutual, where she banks, said it was sorry. In February, the bank’s chief executive, Andrew Pemberton-Lowe, spoke.', 'Pemberton-Lowe', 'chief executive', 'Southern Cross Mutual'],
  ['Ivy Hale wrote it. Nadia Fenwick, publishing director at Larkspur Books, read it.', 'Fenwick', 'publishing director', 'Larkspur Books'],
  // A sentence's first word has a capital whatever it is: a common word there names no body.
  ['The Kestrels won, and then they left. Then Kestrels captain Rashid Anwar spoke.', 'Anwar', 'captain', 'Kestrels'],
  ['The offensive line struggled.\nOffensive coordinator Jen Castellano spoke.', 'Castellano', 'offensive coordinator', null],
  ['The state budget is short.\nState Sen. Brent Sorensen spoke.', 'Sorensen', 'Sen.', null],
  ['The court heard the case.\nProsecuting solicitor Ruairí Mac Giolla Phádraig spoke.', 'Mac Giolla Phádraig', 'prosecuting solicitor', null],
  // What a person is to the story, before the name, is their role, not part of their name.
  ['Phones went into pouches in March.\nEighth-grader Owen Pratt was more ambivalent.', 'Pratt', 'Eighth-grader', null],
  ['The market reopened.\nShopper Kerry Hale bought bread.', 'Hale', 'Shopper', null],
  // A body's name after "of" straight after the person's ("Tom Ashgrove of Crestmoor Capital"); a place's is not one.
  ['Another analyst, Tom Ashgrove of Crestmoor Capital, asked about demand.', 'Ashgrove', null, 'Crestmoor Capital'],
  ['Analyst Tom Ashgrove of Springfield asked about demand.', 'Ashgrove', 'Analyst', null],
  ['Priya Venkatesan, who covers food retail at Tamarack Securities, said the logic was sound.', 'Venkatesan', null, 'Tamarack Securities'],
  ['Slovenian Prime Minister Maja Kranjc spoke.', 'Kranjc', 'Prime Minister', 'Slovenian'],
];

for (const [intro, speaker, role, organization] of ROLES) {
  test(`role and organisation: ${intro}`, () => {
    const a = analyze(`${intro}\n“This is what I think,” ${speaker} said.`);
    const quoted = a.speakers[a.quotes[0].speakerId ?? -1];
    assert.ok(quoted !== undefined, 'the quote has a speaker');
    assert.deepEqual({ role: quoted.role, organization: quoted.organization }, { role, organization });
  });
}

test('an unnamed source described by a kind of body belongs to the last such body named before, when its name holds the word', () => {
  const council = analyze('Kettleby Borough Council has opened an investigation. A council spokesperson said: “We are aware of concerns.”');
  assert.equal(council.speakers[council.quotes[0].speakerId ?? -1]?.organization, 'Kettleby Borough Council');
  const club = analyze('Linthorpe Athletic beat Cresswell Rovers. Club sources said: “The manager is staying.”');
  assert.equal(club.speakers[club.quotes[0].speakerId ?? -1]?.organization, null);
});

test('the same appositive in two articles gives each the organisation its own article names', () => {
  const orgOf = (text: string): string | null | undefined => {
    const a = analyze(text);
    return a.speakers[a.quotes[0].speakerId ?? -1]?.organization;
  };
  const intro = 'Roofers are booked. Marco Tellechea, the association’s president, spoke.\n“Every roofer is busy,” Tellechea said.';
  assert.equal(orgOf(`The Calusa Builders Association met. ${intro}`), 'Calusa Builders Association');
  assert.equal(orgOf(`The Harbor Roofers Association met. ${intro}`), 'Harbor Roofers Association');
  const plain = 'Helen Carrick, managing director of Capital Orbital Railway, apologised.\n“We are sorry,” Carrick said.';
  assert.equal(orgOf(plain), 'Capital Orbital Railway');
  assert.equal(orgOf(plain), 'Capital Orbital Railway');
});

/** Unnamed sources: the role and organisation in their own words. */
const UNNAMED_ROLES: [quote: string, role: string | null, organization: string | null][] = [
  ['“The floor is a different story,” a Senate aide familiar with the negotiations told Axios.', 'aide', 'Senate'],
  ['“We are reviewing it,” a Department for Transport spokeswoman said.', 'spokeswoman', 'Department for Transport'],
  ['“They will not move,” said a fund manager at another top shareholder.', 'fund manager', null],
  ['“It is over,” a No 10 source said.', null, 'No 10'],
  ['“I have worked 70-hour weeks,” said one senior compositor at a major vendor, who asked not to be named.', 'senior compositor', null],
  ['“People want homes,” a Labour backbencher told Sky News.', 'backbencher', 'Labour'],
  ['The Land Transport Authority will review it. “We are looking at ridership,” an LTA spokeswoman said.', 'spokeswoman', 'Land Transport Authority'],
  ['The Bank of Tanvala raised rates on Tuesday. “We had no choice,” a central bank official said.', 'central bank official', 'Bank of Tanvala'],
];

for (const [quote, role, organization] of UNNAMED_ROLES) {
  test(`role and organisation of an unnamed source: ${quote}`, () => {
    const a = analyze(quote);
    const quoted = a.speakers[a.quotes[0].speakerId ?? -1];
    assert.ok(quoted !== undefined && quoted.kind === 'unnamed', 'the quote has an unnamed speaker');
    assert.deepEqual({ role: quoted.role, organization: quoted.organization }, { role, organization });
  });
}

test('an unnamed source before its cue keeps its qualifier as another name', () => {
  const a = analyze('One senior figure at South Marches said: “There is a feeling here.”');
  assert.equal(a.speakers[0].name, 'senior figure');
  assert.deepEqual(a.speakers[0].aliases, ['senior figure at South Marches']);
});

test('an unnamed source keeps the phrase the article uses as another name', () => {
  const a = analyze('A spokesperson for Acme Holdings said: “We are looking into it.”');
  assert.equal(a.speakers[0].name, 'Acme Holdings spokesperson');
  assert.deepEqual(a.speakers[0].aliases, ['spokesperson for Acme Holdings']);
});

test('sources at a body who open their sentence (“Analysts at Goldman Sachs said”) are an unnamed source of that body, not the body', () => {
  const a = analyze('The market fell. Analysts at Goldman Sachs said the rally was “overdone”.');
  const s = a.speakers[a.quotes[0].speakerId ?? -1];
  assert.deepEqual({ name: s?.name, kind: s?.kind, organization: s?.organization, aliases: s?.aliases }, { name: 'Goldman Sachs analysts', kind: 'unnamed', organization: 'Goldman Sachs', aliases: ['analysts at Goldman Sachs'] });
});

test('a woman or a man not named keeps the description the article gives as another name', () => {
  const a = analyze('A man shovelling out his car a few doors down, who would not give his name, was less patient. "Every year they tell us it\'s exceptional," he said.');
  assert.equal(a.speakers[0].name, 'man');
  assert.deepEqual(a.speakers[0].aliases, ['man shovelling out his car a few doors down']);
  const b = analyze('“We were here first,” an elderly woman in a red fleece said.');
  assert.deepEqual(b.speakers[0].aliases, ['elderly woman in a red fleece']);
  const c = analyze('“We were here first,” said a woman in a red fleece who had brought her granddaughter.');
  assert.deepEqual(c.speakers[0].aliases, ['woman in a red fleece']);
});

test('an unnamed source described by a clause before its “and who asked not to be named” keeps the clause as another name', () => {
  const a = analyze('One sysadmin who runs IT for a group of dental practices in Cheshire, and who asked not to be named, said his clinics had been unable to send reminders. “We lost a day,” he said.');
  assert.equal(a.speakers[0].name, 'sysadmin');
  assert.deepEqual(a.speakers[0].aliases, ['sysadmin who runs IT for a group of dental practices in Cheshire']);
});

test('an unnamed source’s phrase ends before its own who-clause', () => {
  const a = analyze('"Everyone wanted the book," said one executive at a rival studio who was involved in the bidding.');
  assert.deepEqual(a.speakers[0].aliases, ['executive at a rival studio']);
});

test('an unnamed source’s phrase ends before the verb after it, and “the Manchester firm” is no body', () => {
  const a = analyze('But an insider at the Manchester firm that manufactures the serum claimed there were warning signs.\n“There were questions,” the insider said.');
  assert.equal(a.speakers[0].name, 'insider');
  assert.deepEqual(a.speakers[0].aliases, ['insider at the Manchester firm that manufactures the serum']);
  const b = analyze('A Treasury veteran of three budgets offered a simpler explanation.\n“Every chancellor thinks so,” he said.');
  assert.deepEqual(b.speakers[0].aliases, ['Treasury veteran of three budgets']);
});

test('a qualified unnamed source keeps the whole phrase as another name', () => {
  const a = analyze('"It is going to be harder," said a tech lobbyist working against the measure, who requested anonymity.');
  assert.deepEqual(a.speakers[0].aliases, ['tech lobbyist working against the measure']);
});
