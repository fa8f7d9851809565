"""Wire-style complex sentences, each with its expected (nation, stance) set."""
import sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1] + "/tests/evidence"); sys.path.insert(0, sys.argv[1] + "/src")
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from scored import stance_pairs
T = [("Britain and France, which lead the coalition of the willing, have said they are ready to deploy troops to Ukraine once a ceasefire is agreed.", {("GBR","ready"),("FRA","ready")}),
 ("Denmark's Prime Minister Mette Frederiksen told reporters on Monday that her government was 'open' to sending Danish troops.", {("DNK","open")}),
 ("Sweden has not ruled out participating, Defence Minister Pal Jonson said, adding that any decision would be taken by parliament.", {("SWE","open"),("SWE","conditional")}),
 ("Italy, whose constitution limits foreign deployments, has said it will not send troops.", {("ITA","declines")}),
 ("The Netherlands said it was prepared in principle to contribute troops, but that parliament would have to approve any deployment.", {("NLD","ready"),("NLD","conditional")}),
 ("Poland, which borders Ukraine, has ruled out sending its own soldiers but offered logistical support.", {("POL","declines")}),
 ("Germany's chancellor called the debate on troops 'premature', saying Berlin would decide once the terms of a ceasefire were clear.", {("DEU","undecided")}),
 ("Finland and Estonia are among the nations that have signalled willingness to contribute troops.", {("FIN","ready"),("EST","ready")}),
 ("Turkey, which has NATO's second-largest army, said it could contribute troops to a force.", {("TUR","open")}),
 ("Canada's defence minister said Ottawa was looking at how Canadian troops could contribute.", {("CAN","open")}),
 ("Belgium will send up to 200 soldiers, its defence minister Theo Francken said.", {("BEL","ready")}),
 ("Lithuania is ready to send troops, President Gitanas Nauseda said, but only if the United States provides a backstop.", {("LTU","ready"),("LTU","conditional")}),
 ("Asked whether Spain would send troops, Albares said it was too early to say.", {("ESP","undecided")}),
 ("Greece will not send troops to Ukraine, Prime Minister Kyriakos Mitsotakis said on Thursday.", {("GRC","declines")}),
 ("Australia has said it is open to contributing to a peacekeeping force.", {("AUS","open")}),
 ("Romania will not deploy troops in Ukraine but will host the support force, President Nicusor Dan said.", {("ROU","declines")}),
 ("Norway is willing to contribute troops, Prime Minister Jonas Gahr Store said, without giving numbers.", {("NOR","ready")}),
 ("The Czech government has not yet decided whether to send troops.", {("CZE","undecided")}),
 ("Austria, a neutral country, said it would consider sending troops if there is a UN mandate.", {("AUT","open"),("AUT","conditional")}),
 ("Hungary's Viktor Orban said Hungary would never send soldiers to Ukraine.", {("HUN","declines")}),
 ("Portugal's prime minister said his country stood ready to contribute to the force.", {("PRT","ready")}),
 ("Latvia said it could send a small contingent, while Slovakia ruled out any participation.", {("LVA","open"),("SVK","declines")}),
 ("Ireland's neutrality means it would only send troops with a UN mandate, the Taoiseach said.", {("IRL","ready"),("IRL","conditional")}),
 ("Bulgaria, for its part, has said it will not put soldiers on the ground.", {("BGR","declines")}),
 ("Croatia's parliament would have to approve any deployment of Croatian troops, the prime minister said.", {("HRV","conditional")}),
 ("Japan has ruled out sending Self-Defense Forces to Ukraine.", {("JPN","declines")}),
 ("New Zealand is considering a contribution to the force, Prime Minister Christopher Luxon said.", {("NZL","open")}),
 ("Spain, Italy and Poland have all said they will not send troops.", {("ESP","declines"),("ITA","declines"),("POL","declines")}),
 ("In a statement, the Estonian government confirmed it would send a company of soldiers to Ukraine.", {("EST","ready")}),
 ("Slovenia does not plan to send soldiers, its defence ministry said.", {("SVN","declines")}),
]
d = pathlib.Path(tempfile.mkdtemp()); bad = 0; miss = extra = 0
for t, want in T:
    got = {p for p in stance_pairs(d, t) if p[0] not in ("USA", "UKR", "RUS")}
    if got != want:
        bad += 1; miss += len(want - got); extra += len(got - want)
        print(f"want {sorted(want)} got {sorted(got)}\n    {t}")
print("sentences wrong:", bad, "of", len(T), "missed", miss, "extra", extra)
