--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: audit_records; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_records (
    id bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    actor character varying(200) NOT NULL,
    action character varying(10) NOT NULL,
    entity character varying(40) NOT NULL,
    entity_id bigint NOT NULL,
    before text DEFAULT '{}'::text NOT NULL,
    after text DEFAULT '{}'::text NOT NULL
);


--
-- Name: audit_records_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.audit_records_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: audit_records_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.audit_records_id_seq OWNED BY public.audit_records.id;


--
-- Name: commemorations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.commemorations (
    id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    title_en character varying(300) NOT NULL,
    title_zh character varying(300) DEFAULT ''::character varying NOT NULL,
    date character varying(10) NOT NULL,
    date_year bigint DEFAULT 0 NOT NULL,
    date_key bigint DEFAULT 0 NOT NULL,
    country character varying(2) DEFAULT ''::character varying NOT NULL,
    partner_id bigint,
    confidence character varying(20) DEFAULT 'confirmed'::character varying NOT NULL,
    sources text,
    notes text DEFAULT ''::text NOT NULL
);


--
-- Name: commemorations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.commemorations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: commemorations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.commemorations_id_seq OWNED BY public.commemorations.id;


--
-- Name: event_partners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_partners (
    event_id bigint NOT NULL,
    partner_id bigint NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    title_en character varying(300) DEFAULT ''::character varying NOT NULL,
    title_zh character varying(300) DEFAULT ''::character varying NOT NULL,
    kind character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    format character varying(20) NOT NULL,
    start_date character varying(10) NOT NULL,
    end_date character varying(10),
    span_start character varying(10) NOT NULL,
    span_end character varying(10) NOT NULL,
    long_span boolean DEFAULT false NOT NULL,
    start_time character varying(5) DEFAULT ''::character varying NOT NULL,
    timezone character varying(64) DEFAULT ''::character varying NOT NULL,
    location character varying(300) DEFAULT ''::character varying NOT NULL,
    organizer character varying(300) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    participants bigint,
    plan_id bigint,
    sources text
);


--
-- Name: events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;


--
-- Name: feeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feeds (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    hash character varying(64) NOT NULL,
    partner_id bigint,
    country character varying(2) DEFAULT ''::character varying NOT NULL,
    created_by character varying(200) DEFAULT ''::character varying NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: feeds_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feeds_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feeds_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feeds_id_seq OWNED BY public.feeds.id;


--
-- Name: partners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partners (
    id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    name_en character varying(200) NOT NULL,
    name_zh character varying(200) DEFAULT ''::character varying NOT NULL,
    name_local character varying(200) DEFAULT ''::character varying NOT NULL,
    kind character varying(20) NOT NULL,
    country character varying(2) DEFAULT ''::character varying NOT NULL,
    admin_area character varying(200) DEFAULT ''::character varying NOT NULL,
    timezone character varying(64) DEFAULT ''::character varying NOT NULL,
    website character varying(2000) DEFAULT ''::character varying NOT NULL,
    notes text DEFAULT ''::text NOT NULL
);


--
-- Name: partners_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partners_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partners_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partners_id_seq OWNED BY public.partners.id;


--
-- Name: partnership_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partnership_changes (
    id bigint NOT NULL,
    partnership_id bigint NOT NULL,
    effective_on character varying(10),
    status character varying(20) NOT NULL,
    type character varying(20) NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    actor character varying(200) DEFAULT ''::character varying NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: partnership_changes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partnership_changes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partnership_changes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partnership_changes_id_seq OWNED BY public.partnership_changes.id;


--
-- Name: partnerships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partnerships (
    id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    partner_id bigint NOT NULL,
    local_party character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    status character varying(20) NOT NULL,
    established_on character varying(10),
    est_year bigint DEFAULT 0 NOT NULL,
    est_key bigint DEFAULT 0 NOT NULL,
    ended_on character varying(10),
    confidence character varying(20) NOT NULL,
    sources text,
    notes text DEFAULT ''::text NOT NULL
);


--
-- Name: partnerships_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.partnerships_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: partnerships_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.partnerships_id_seq OWNED BY public.partnerships.id;


--
-- Name: plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plans (
    id bigint NOT NULL,
    version bigint DEFAULT 1 NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    template character varying(40) NOT NULL,
    year bigint NOT NULL,
    status character varying(20) NOT NULL,
    partnership_id bigint,
    anchor_date character varying(10),
    title_en character varying(300) DEFAULT ''::character varying NOT NULL,
    title_zh character varying(300) DEFAULT ''::character varying NOT NULL,
    warnings text,
    items text
);


--
-- Name: plans_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.plans_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: plans_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.plans_id_seq OWNED BY public.plans.id;


--
-- Name: settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.settings (
    key character varying(100) NOT NULL,
    value text NOT NULL
);


--
-- Name: tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tokens (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    hash character varying(64) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone
);


--
-- Name: tokens_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tokens_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tokens_id_seq OWNED BY public.tokens.id;


--
-- Name: audit_records id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_records ALTER COLUMN id SET DEFAULT nextval('public.audit_records_id_seq'::regclass);


--
-- Name: commemorations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commemorations ALTER COLUMN id SET DEFAULT nextval('public.commemorations_id_seq'::regclass);


--
-- Name: events id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN id SET DEFAULT nextval('public.events_id_seq'::regclass);


--
-- Name: feeds id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feeds ALTER COLUMN id SET DEFAULT nextval('public.feeds_id_seq'::regclass);


--
-- Name: partners id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners ALTER COLUMN id SET DEFAULT nextval('public.partners_id_seq'::regclass);


--
-- Name: partnership_changes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_changes ALTER COLUMN id SET DEFAULT nextval('public.partnership_changes_id_seq'::regclass);


--
-- Name: partnerships id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnerships ALTER COLUMN id SET DEFAULT nextval('public.partnerships_id_seq'::regclass);


--
-- Name: plans id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans ALTER COLUMN id SET DEFAULT nextval('public.plans_id_seq'::regclass);


--
-- Name: tokens id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens ALTER COLUMN id SET DEFAULT nextval('public.tokens_id_seq'::regclass);


--
-- Data for Name: audit_records; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_records VALUES
	(1, '2026-12-06 18:23:30.691294+00', 'seed', 'create', 'partner', 1, '{}', '{"admin_area":"Yamaguchi Prefecture","country":"JP","kind":"city","name_en":"Ube","name_local":"宇部市","name_zh":"宇部市","notes":"Ube-shi. Exchanges with Weihai since 1988 (Ube city). Ube''s twinning grew out of the 1982 Shandong–Yamaguchi Prefecture friendship (recorded as a commemoration).","timezone":"Asia/Tokyo","website":""}'),
	(2, '2026-12-06 18:23:30.693103+00', 'seed', 'create', 'partnership', 1, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"1992-05-18","local_party":"Weihai","notes":"友好城市 (JP: 友好都市). Agreement (友好都市締結書) signed 1992-05-18 at Dongshan Guesthouse, Weihai, by mayors Nakamura Katsuto and Wu Longjiang. Active: no evidence of suspension; 15th (2007) and 20th (2012) anniversaries celebrated with delegations; the 2022 work plan plans the 30th-anniversary series. Status last confirmed by a source: 2012 (plus the 2022 plan).","partner_id":1,"sources":[{"url":"http://www.city.ube.yamaguchi.jp/shisei/keikaku/kokusai/yuukou/keii.html","note":"Agreement (友好都市締結書) signed 1992-05-18 at Dongshan Guesthouse, Weihai, by mayors Nakamura Katsuto and Wu Longjiang; exchanges since 1988"},{"url":"http://ubenippo.co.jp/archive/ubenippo_9544-2/","note":"15th-anniversary delegation to Weihai, May 2007"},{"url":"http://ubenippo.co.jp/admini/post_2763/","note":"''友好都市締結は1992年5月''; 20th-anniversary delegation 2012"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''策划举办与宇部结好 30 周年系列活动'' — the plan counts 2022 as the 30th anniversary, consistent with 1992"}],"status":"active","type":"sister_city"}'),
	(3, '2026-12-06 18:23:30.694806+00', 'seed', 'create', 'partner', 2, '{}', '{"admin_area":"Gloucestershire, England","country":"GB","kind":"city","name_en":"Cheltenham","name_local":"Cheltenham","name_zh":"彻特纳姆","notes":"彻特纳姆 is Weihai''s rendering; 切尔滕纳姆 is also common. Not Weihai''s partnership, recorded for reference: Cheltenham (GB) and Sochi have been twinned since the 1950s (first official visit to Sochi 1959; Sochi''s list gives ''Cheltenham, UK (since 1959)''). On 2022-02-25 the Cheltenham Twinning Association (statement by its chair, Cllr Diggory Seacome) announced it would ''temporarily suspend all twinning activities with Sochi''; no formal council termination and no later reinstatement were found. Sources: https://cheltenhamtwinning.uk/2022/02/25/statement-from-the-cheltenham-twinning-association-on-the-situation-in-ukraine/ ; https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/ ; http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/ ; https://budapestpost.com/friend-or-foe-the-uk-cities-cutting-ties-with-russian-twins","timezone":"Europe/London","website":""}'),
	(4, '2026-12-06 18:23:30.695652+00', 'seed', 'create', 'partnership', 2, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"1987-07","local_party":"Weihai","notes":"Twin town (友好城市). Date ambiguity: established_on is the Protocol Agreement signed by the mayors in July 1987 (matches the Weihai side, where Cheltenham is called Weihai''s first sister city, 1987); Cheltenham Borough Council granted the link full twinning status in 1998 (history). Link initiated 1985. Active as of 2024-03 (Weihai FAO: ''英国友城彻特纳姆'', joint photo exhibition 2023).","partner_id":2,"sources":[{"url":"https://cheltenhamtwinning.uk/ourtwintowns/weihai/","note":"Link initiated 1985; Protocol Agreement signed by mayors July 1987; Cheltenham council granted full twinning status 1998"},{"url":"https://weihailink.wixsite.com/weihailink/aboutus","note":"Twinning link ''began in 1987''"},{"url":"http://www.iaoiusa.org/icoi/about-weihai-city","note":"Weihai-side text: 1987 Cheltenham became Weihai''s first sister city"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Weihai FAO calls Cheltenham ''英国友城彻特纳姆''; joint photo exhibition (activity in 2023)"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — planned youth, culture and art exchanges"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 四: ''策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目'' — TV programme with Cheltenham"}],"status":"active","type":"sister_city"}'),
	(5, '2026-12-06 18:23:30.697106+00', 'seed', 'create', 'partner', 3, '{}', '{"admin_area":"Lancashire, England","country":"GB","kind":"city","name_en":"Lancaster","name_local":"Lancaster","name_zh":"兰卡斯特","notes":"Identification as Lancaster, Lancashire (England) is an inference from ''UK'' (英国) in Weihai sources, not a US Lancaster; no Lancaster-side source found.","timezone":"Europe/London","website":""}'),
	(6, '2026-12-06 18:23:30.69791+00', 'seed', 'create', 'partnership', 3, '{}', '{"confidence":"likely","ended_on":"","established_on":"","local_party":"Weihai","notes":"TYPE NOT ESTABLISHED BY ANY SOURCE: Weihai calls Lancaster a ''友城'' (partner city, which covers both 友好城市 and 友好交流/合作城市); friendship_city is recorded as the less formal of the two, not as a sourced fact. Partnership and UK location confirmed only by the Weihai FAO article (2024-03: joint photo exhibition with Cheltenham and Lancaster). No date, agreement or Lancaster-side confirmation found; the Chinese MFA item of 2023-11-07 (Consul-General in Manchester met the Mayor of Lancaster) does not mention Weihai. Active as of 2024-03.","partner_id":3,"sources":[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''与英国友城彻特纳姆、兰卡斯特共同举办威海—英国友城“自然与人”主题摄影展''"},{"url":"https://www.mfa.gov.cn/zwbd_673032/wshd_673034/202311/t20231107_11175230.shtml","note":"Chinese MFA, 2023-11-07: Consul-General in Manchester met the Mayor of Lancaster on 2023-11-06. The excerpt stresses education ties and does not mention Weihai (negative / neutral evidence)."},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — names Lancaster among the European cities to liaise with"}],"status":"active","type":"friendship_city"}'),
	(7, '2026-12-06 18:23:30.699037+00', 'seed', 'create', 'partner', 4, '{}', '{"admin_area":"California","country":"US","kind":"city","name_en":"Santa Barbara","name_local":"Santa Barbara","name_zh":"圣巴巴拉","notes":"Chinese name 圣巴巴拉 is the standard transliteration; not seen in a Weihai source. Not mentioned in the 2022 work plan.","timezone":"America/Los_Angeles","website":""}'),
	(17, '2026-12-06 18:23:30.708062+00', 'seed', 'create', 'partner', 9, '{}', '{"admin_area":"Daegu Metropolitan City","country":"KR","kind":"district","name_en":"Suseong District","name_local":"수성구","name_zh":"寿城区","notes":"A district (gu, 구) of Daegu, not a city; the Weihai FAO appears to count district partners. Chinese name 寿城区 (hanja 壽城區) is the standard rendering; not seen in a Weihai source.","timezone":"Asia/Seoul","website":""}'),
	(8, '2026-12-06 18:23:30.699722+00', 'seed', 'create', 'partnership', 4, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"1993","local_party":"Weihai","notes":"Sister city since 1993 (year only; exact date not found), through Prof. Peter Haslund. City of Santa Barbara Sister Cities Board lists Weihai; Santa Barbara–Weihai Sister Cities Association active (event Feb 2024).","partner_id":4,"sources":[{"url":"https://sbweihai.org/about/","note":"''Weihai became a Sister City to Santa Barbara in 1993''"},{"url":"https://www.independent.com/2024/02/26/weihai-sister-cities-association-brings-in-year-of-the-dragon-at-china-pavilion/","note":"Association event Feb 2024; became sister city 1993 through Prof. Peter Haslund"},{"url":"https://www.santabarbaraca.gov/gov/brdcomm/nz/sister_cities_board/default.asp","note":"City of Santa Barbara Sister Cities Board lists Weihai"}],"status":"active","type":"sister_city"}'),
	(9, '2026-12-06 18:23:30.701188+00', 'seed', 'create', 'partner', 5, '{}', '{"admin_area":"Jeollanam-do","country":"KR","kind":"city","name_en":"Yeosu","name_local":"여수시","name_zh":"丽水市","notes":"Korean Yeosu (hanja 麗水市; the source writes 丽水市 (韩国)). Not to be confused with Lishui 丽水, Zhejiang, China (also Yeosu''s partner). A Yeosu Gate was built in Weihai, 2012-10-20.","timezone":"Asia/Seoul","website":""}'),
	(10, '2026-12-06 18:23:30.70179+00', 'seed', 'create', 'partnership', 5, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"1995-02-27","local_party":"Weihai","notes":"Sister city (KR: 자매결연), ''Sisterhood Date 1995. 2.27'' on Yeosu''s sister-city table. Active: Yeosu''s mayor visited Weihai in Nov 2025.","partner_id":5,"sources":[{"url":"https://www.yeosu.go.kr/yseng/intro/city/sister/?print=true\u0026page=1\u0026page=1","note":"Yeosu sister-city table: Weihai, ''Sisterhood Date 1995. 2.27''"},{"url":"https://www.kmib.co.kr/article/view_amp.asp?arcid=0006551817","note":"''1995년 여수시와 자매결연''; Yeosu Gate built in Weihai 2012-10-20"},{"url":"https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003180994","note":"Yeosu mayor visited Weihai as a ''sister/friendship city'', Nov 2025"}],"status":"active","type":"sister_city"}'),
	(11, '2026-12-06 18:23:30.702627+00', 'seed', 'create', 'partner', 6, '{}', '{"admin_area":"Krasnodar Krai","country":"RU","kind":"city","name_en":"Sochi","name_local":"Сочи","name_zh":"索契","notes":"Not Weihai''s partnership, recorded for reference: Cheltenham (GB) and Sochi have been twinned since the 1950s (first official visit to Sochi 1959; Sochi''s list gives ''Cheltenham, UK (since 1959)''). On 2022-02-25 the Cheltenham Twinning Association (statement by its chair, Cllr Diggory Seacome) announced it would ''temporarily suspend all twinning activities with Sochi''; no formal council termination and no later reinstatement were found. Sources: https://cheltenhamtwinning.uk/2022/02/25/statement-from-the-cheltenham-twinning-association-on-the-situation-in-ukraine/ ; https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/ ; http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/ ; https://budapestpost.com/friend-or-foe-the-uk-cities-cutting-ties-with-russian-twins Weihai''s own link with Sochi is not affected by Cheltenham''s suspension.","timezone":"Europe/Moscow","website":""}'),
	(12, '2026-12-06 18:23:30.703406+00', 'seed', 'create', 'partnership', 6, '{}', '{"confidence":"likely","ended_on":"","established_on":"1996","local_party":"Weihai","notes":"Twin city (RU: побратим). The relationship itself is well confirmed (both sides, Cheltenham''s twinning pages, Weihai FAO 2023 school partnership with Sochi School No. 8, masks sent 2020); confidence ''likely'' reflects the source file''s ''medium'', because the year 1996 comes only from secondary lists, not from an agreement or either city''s government. Active as of 2024 (Weihai side).","partner_id":6,"sources":[{"url":"http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/","note":"List of Sochi''s sister cities: ''Weihai, China (since 1996)''"},{"url":"https://memim.com/weihai.html","note":"German Wikipedia mirror: ''Sochi (since 1996)''"},{"url":"https://www.blackseanews.net/en/read/52122","note":"Sochi twin-city list includes Weihai"},{"url":"https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/","note":"Sochi ''is twinned with the same Chinese partner, Weihai''"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Weihai FAO: ''俄罗斯友城索契第八中学'' school partnership (2023)"},{"url":"https://kuban24.tv/item/u-novorossijska-poyavilsya-novyj-gorod-pobratim-tsindao-v-kitae/amp","note":"Weihai sent medical masks to Sochi (2020)"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作'' — sports exchanges planned"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 四: ''策划推出俄罗斯索契……《海这边 海那边》电视专题节目'' — TV programme with Sochi"}],"status":"active","type":"sister_city"}'),
	(13, '2026-12-06 18:23:30.704409+00', 'seed', 'create', 'partner', 7, '{}', '{"admin_area":"Jeonbuk State (Jeollabuk-do until 2024)","country":"KR","kind":"city","name_en":"Gunsan","name_local":"군산시","name_zh":"群山市","notes":"Jeollabuk-do became Jeonbuk State (전북특별자치도) in 2024.","timezone":"Asia/Seoul","website":""}'),
	(14, '2026-12-06 18:23:30.705533+00', 'seed', 'create', 'partnership', 7, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"2014-10-29","local_party":"Weihai","notes":"Friendship-exchange city (KR: 국제 우호도시, not 자매도시); the Chinese category is not stated on the Weihai FAO page, which is titled ''韩国群山市(2014.10.29)''. Active as of 2024-05 (8th Gunsan–China exchange meeting held in Weihai).","partner_id":7,"sources":[{"url":"http://wb.weihai.gov.cn/art/2022/11/3/art_13361_3118847.html","note":"Weihai FAO page title: ''韩国群山市(2014.10.29)''; letter of intent signed 2013-06-20"},{"url":"https://m.nspna.com/news/?mode=view\u0026newsid=701329","note":"''2014년 10월 국제 우호도시 관계를 체결''; 8th Gunsan–China exchange meeting held in Weihai, May 2024"},{"url":"http://gunsanews.com/nView.htm?cateA=4\u0026idx=43027\u0026page=311","note":"Gunsan delegation visited Weihai on the 29th (Oct 2014) to sign the friendship-city agreement"}],"status":"active","type":"friendship_city"}'),
	(15, '2026-12-06 18:23:30.706845+00', 'seed', 'create', 'partner', 8, '{}', '{"admin_area":"Gyeonggi-do","country":"KR","kind":"city","name_en":"Hwaseong","name_local":"화성시","name_zh":"华城市","notes":"","timezone":"Asia/Seoul","website":""}'),
	(16, '2026-12-06 18:23:30.707406+00', 'seed', 'create', 'partnership', 8, '{}', '{"confidence":"likely","ended_on":"","established_on":"2008","local_party":"Weihai","notes":"Friendship city (KR: 우호도시 / 우호결연); the Weihai FAO calls it ''韩国友城华城''. The year 2008 comes from one local news article; exact date not found. Active as of 2023 (sailing-culture exchange).","partner_id":8,"sources":[{"url":"http://www.tookyung.com/news/articleView.html?idxno=7807","note":"''화성시와 위해시는 2008년 우호결연을 맺은 이후…''"},{"url":"https://m.locallife.news/news/view/1065539800586408","note":"Hwaseong mayor: Weihai is ''화성시의 우호도시''"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''与韩国友城华城开展了帆船文化友好交流活动''"}],"status":"active","type":"friendship_city"}'),
	(18, '2026-12-06 18:23:30.708644+00', 'seed', 'create', 'partnership', 9, '{}', '{"confidence":"likely","ended_on":"","established_on":"2019-10","local_party":"Weihai","notes":"Friendship-exchange agreement (KR: 우호교류 협정 / 우호도시) signed by Weihai mayor Zhang Haibo and Suseong-gu head Kim Dae-kwon during the Shandong International Friendship Cities Cooperation \u0026 Development Conference in Jinan (15–16 Oct 2019; opening with on-site signings on 2019-10-16, the same ceremony as Izumisano). The exact day (15 or 16 Oct) is not stated, so month precision is kept. CURRENT STATUS UNKNOWN: no source after Oct 2019; kept ''active'' because nothing indicates suspension or termination.","partner_id":9,"sources":[{"url":"http://tkjournal.co.kr/news/view.php?no=1119","note":"Agreement signed during the Shandong International Friendship Cities Cooperation \u0026 Development Conference, Jinan, 15–16 Oct 2019"},{"url":"http://tk.newdaily.co.kr/site/data/html/2019/10/21/2019102100104.html","note":"Signed by Mayor Zhang Haibo and Suseong-gu head Kim Dae-kwon"},{"url":"http://v658.ndsoftnews.net/news/articleView.html?idxno=298645\u0026reply_sc_order_by=I","note":"Letter of intent signed 2019-03-30 (in Incheon)"},{"url":"http://sd.chinadaily.com.cn/a/201910/17/WS5da7cc52a31099ab995e5f89.html","note":"The conference opened on 2019-10-16 with on-site signing of agreements."}],"status":"active","type":"friendship_city"}'),
	(19, '2026-12-06 18:23:30.709653+00', 'seed', 'create', 'partner', 10, '{}', '{"admin_area":"Jeju Special Self-Governing Province","country":"KR","kind":"city","name_en":"Jeju City","name_local":"제주시","name_zh":"济州","notes":"Jeju City (제주시, 济州市), not Jeju Province; the Weihai FAO list writes 济州. The Jeju Province governor also met Weihai officials in 2023 about future ties (djournal.co.kr): a separate track, not recorded here.","timezone":"Asia/Seoul","website":""}'),
	(20, '2026-12-06 18:23:30.710183+00', 'seed', 'create', 'partnership', 10, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"2023-09-25","local_party":"Weihai","notes":"友好合作关系城市 (KR: 우호협력도시). Agreement signed 2023-09-25 at the 2023 World Sister Cities Forum in Jinan.","partner_id":10,"sources":[{"url":"http://www.headlinejeju.co.kr/news/articleView.html?idxno=525491","note":"Agreement signed 2023-09-25 at the 2023 World Sister Cities Forum, Jinan"},{"url":"https://www.issuejeju.com/news/article.html?no=226473","note":"Announced signing at the forum''s 25 Sept opening"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed among new 2023 ''友好合作关系城市'' (图尔达、济州、瓦卡姆、谢尔吉耶夫)"}],"status":"active","type":"friendship_city"}'),
	(21, '2026-12-06 18:23:30.711038+00', 'seed', 'create', 'partner', 11, '{}', '{"admin_area":"Moscow Oblast","country":"RU","kind":"city","name_en":"Sergiev Posad","name_local":"Сергиев Посад","name_zh":"谢尔吉耶夫","notes":"Weihai writes 谢尔吉耶夫 / 谢尔吉耶夫市 (Weihai FAO 2024-08).","timezone":"Europe/Moscow","website":""}'),
	(22, '2026-12-06 18:23:30.711669+00', 'seed', 'create', 'partnership', 11, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"2023-09","local_party":"Weihai","notes":"友好合作关系城市 on the Chinese side; the Russian side calls it побратимские отношения. Agreement signed in Jinan at the 2023 World Sister Cities Forum (opened 2023-09-25); the day is probably 2023-09-25 (same ceremony as Jeju) but the Russian article gives no day, so month precision is kept. Delegation visited Weihai 26–27 Sep 2023; joint photo exhibition opened 2024-07-31. Active as of 2024-08.","partner_id":11,"sources":[{"url":"https://news.myseldon.com/ru/news/index/295802866","note":"Twinning agreement signed ''today'' in Jinan at the 2023 World Sister Cities Forum"},{"url":"https://www.breakinglatest.news/world/2023-world-sister-cities-forum-and-sister-provinces-and-states-leaders-conference-strengthening-cooperation-for-a-shared-future/","note":"Forum opened 2023-09-25 in Jinan"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed as new 2023 友好合作关系城市"},{"url":"https://wb.weihai.gov.cn/art/2024/8/2/art_13510_4786830.html","note":"Joint photo exhibition opened 2024-07-31; Weihai calls it ''俄罗斯友城谢尔吉耶夫市''"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"Delegation visited Weihai 26–27 Sep 2023"}],"status":"active","type":"friendship_city"}'),
	(23, '2026-12-06 18:23:30.712397+00', 'seed', 'create', 'partner', 12, '{}', '{"admin_area":"Cluj County","country":"RO","kind":"city","name_en":"Turda","name_local":"Turda","name_zh":"图尔达","notes":"No Romanian-side source found.","timezone":"Europe/Bucharest","website":""}'),
	(24, '2026-12-06 18:23:30.712933+00', 'seed', 'create', 'partnership', 12, '{}', '{"confidence":"likely","ended_on":"","established_on":"2023","local_party":"Weihai","notes":"友好合作关系城市, listed by the Weihai FAO among the new partners of 2023. Exact date unknown (a Turda delegation visited Weihai 26–27 Sep 2023).","partner_id":12,"sources":[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed as new 2023 友好合作关系城市"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"Turda delegation visited Weihai 26–27 Sep 2023"}],"status":"active","type":"friendship_city"}'),
	(25, '2026-12-06 18:23:30.713597+00', 'seed', 'create', 'partner', 13, '{}', '{"admin_area":"Dakar Region","country":"SN","kind":"district","name_en":"Ouakam","name_local":"Ouakam","name_zh":"瓦卡姆","notes":"IDENTIFICATION INFERRED: the Weihai FAO names a Senegalese partner 瓦卡姆; the PR Newswire release calls it ''Vacoas, Senegal'', but Vacoas is in Mauritius. 瓦卡姆 + Senegal best fits Ouakam, a commune d''arrondissement of the city of Dakar; verify before publishing the English name. Recorded as kind ''district'' because a commune d''arrondissement is a subdivision of Dakar (like Suseong-gu of Daegu).","timezone":"Africa/Dakar","website":""}'),
	(26, '2026-12-06 18:23:30.71408+00', 'seed', 'create', 'partnership', 13, '{}', '{"confidence":"unconfirmed","ended_on":"","established_on":"2023","local_party":"Weihai","notes":"友好合作关系城市, new in 2023 (visit 26–27 Sep 2023). Exact date unknown. Low confidence because of the identification conflict.","partner_id":13,"sources":[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''塞内加尔'' partner 瓦卡姆, new 2023 友好合作关系城市"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"English press release names it ''Vacoas, Senegal'' (visited 26–27 Sep 2023)"}],"status":"active","type":"friendship_city"}'),
	(27, '2026-12-06 18:23:30.714767+00', 'seed', 'create', 'partner', 14, '{}', '{"admin_area":"Khabarovsk Krai","country":"RU","kind":"city","name_en":"Khabarovsk","name_local":"Хабаровск","name_zh":"哈巴罗夫斯克","notes":"Earlier contact: an official Weihai delegation met the Khabarovsk vice-mayor on 2013-03-26.","timezone":"Asia/Vladivostok","website":""}'),
	(28, '2026-12-06 18:23:30.715303+00', 'seed', 'create', 'partnership', 14, '{}', '{"confidence":"likely","ended_on":"","established_on":"2025-11","local_party":"Weihai","notes":"Twinning (RU: побратимские отношения); the Chinese category (友好城市 vs 友好合作关系城市) is not confirmed, sister_city follows the Russian wording. Agreement signed in China by mayors Sergei Kravchuk and Kong Fanping, reported 2025-11-17 (exact signing day not stated, so month precision), based on an earlier protocol of intent whose date is unknown. Postdates the March 2024 count of 25 partners.","partner_id":14,"sources":[{"url":"https://news.mail.ru/politics/68737982/","note":"Mayors Sergei Kravchuk and Kong Fanping signed a twinning agreement in China (news dated 2025-11-17); based on an earlier protocol of intent"},{"url":"https://subsites.chinadaily.com.cn/shandong/2024-08/01/c_1009678.htm","note":"Khabarovsk works shown in Weihai''s 2024 Sochi/Sergiev Posad/Khabarovsk exhibition"},{"url":"https://khabara.ru/2013/03/26/v-administracii-xabarovska-sostoyalas-vstrecha-vice-myera-s-oficialnoj-delegaciej-goroda-vyejxaj-knr.html","note":"2013-03-26: an official Weihai delegation met the Khabarovsk vice-mayor (earlier contact)."},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员'' — in 2022 a prospective new Russian partner city"}],"status":"active","type":"sister_city"}'),
	(29, '2026-12-06 18:23:30.71628+00', 'seed', 'create', 'partner', 15, '{}', '{"admin_area":"Vitebsk Oblast","country":"BY","kind":"city","name_en":"Novopolotsk","name_local":"Наваполацк / Новополоцк","name_zh":"新波洛茨克","notes":"Belarusian Наваполацк, Russian Новополоцк. The 2022 work plan writes 新波洛茨克 (section 二) and 新波罗茨克 (section 四).","timezone":"Europe/Minsk","website":""}'),
	(30, '2026-12-06 18:23:30.71696+00', 'seed', 'create', 'partnership', 15, '{}', '{"confidence":"likely","ended_on":"","established_on":"","local_party":"Weihai","notes":"Sister city per the Belarusian side (побратим); the Chinese category is not confirmed. ESTABLISHMENT DATE NOT FOUND: BelTA (2023-02-17) says agreements on friendly relations were signed earlier; the Novopolotsk interview carries an archive photo from May 2010 (publication date not visible). No activity data; existing as of 2023-02.","partner_id":15,"sources":[{"url":"https://novopolotsk.by/ru/новости/2272-1112","note":"Novopolotsk executive committee chair lists Weihai among Novopolotsk''s twin cities"},{"url":"https://esp.belta.by/society/view/novoplotsk-y-liaocheng-pactaron-la-amistad-74649-2023/","note":"BelTA (2023-02-17): agreements on friendly relations signed earlier between Novopolotsk and Weihai"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊'' — the plan calls Novopolotsk a 友城 with traditional friendship"}],"status":"active","type":"sister_city"}'),
	(31, '2026-12-06 18:23:30.717696+00', 'seed', 'create', 'partner', 16, '{}', '{"admin_area":"Morbihan, Brittany","country":"FR","kind":"city","name_en":"Lorient","name_local":"Lorient","name_zh":"洛里昂","notes":"Breton: An Oriant.","timezone":"Europe/Paris","website":""}'),
	(32, '2026-12-06 18:23:30.718237+00', 'seed', 'create', 'partnership', 16, '{}', '{"confidence":"unconfirmed","ended_on":"","established_on":"","local_party":"Weihai","notes":"UNCONFIRMED; TYPE NOT ESTABLISHED BY ANY SOURCE. The only source is the 2022 work plan, which names Lorient among ''European cities'' to liaise with (对接) and plan exchanges with, but does NOT call it a 友城 (that word is used for Mykolaiv and Novopolotsk). Lorient''s own twinning page (excerpts: Galway, Ludwigshafen; cooperation: Cochin, Khanh Hoa, Cayar, Chornomorsk) does not show Weihai. Recorded as a proposed cooperation (possibly a link under the Shandong–Brittany framework) rather than an active twinning; the source file''s status is ''unconfirmed''.","partner_id":16,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — the only source for a Weihai–Lorient link"},{"url":"https://www.lorient.bzh/jumelages","note":"Lorient''s own twinning page (excerpt seen: Galway, Ludwigshafen; cooperation: Cochin, Khanh Hoa, Cayar, Chornomorsk) — Weihai NOT seen in available excerpts"}],"status":"proposed","type":"cooperation"}'),
	(33, '2026-12-06 18:23:30.719159+00', 'seed', 'create', 'partner', 17, '{}', '{"admin_area":"Mykolaiv Oblast","country":"UA","kind":"city","name_en":"Mykolaiv","name_local":"Миколаїв","name_zh":"尼古拉耶夫","notes":"The work plan writes 尼古拉耶夫市 (city); the source file notes that city vs oblast is not established by any other source. Mykolaiv''s documented Shandong contact is with Dezhou (protocol, Dec 2006), not Weihai.","timezone":"Europe/Kyiv","website":""}'),
	(34, '2026-12-06 18:23:30.719677+00', 'seed', 'create', 'partnership', 17, '{}', '{"confidence":"unconfirmed","ended_on":"","established_on":"","local_party":"Weihai","notes":"UNCONFIRMED; TYPE NOT ESTABLISHED BY ANY SOURCE. Kept ''active'' only because the 2022 work plan calls Mykolaiv a 友城 with ''traditional friendship'' (传统友谊); friendship_city is recorded as the less formal reading of 友城, not a sourced fact. No Ukrainian, Russian or English source confirms the link or a date; the source file''s status is ''unconfirmed''.","partner_id":17,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊'' — the only source for a Weihai–Mykolaiv link; calls it a 友城"},{"url":"http://www.mlp.com.ua/news/arc/index.php?subaction=showfull\u0026id=1166509859\u0026archive=1176312383\u0026start_from=\u0026ucat=5\u0026","note":"Mykolaiv''s documented Shandong contact is with Dezhou (protocol, Dec 2006), not Weihai"}],"status":"active","type":"friendship_city"}'),
	(35, '2026-12-06 18:23:30.720499+00', 'seed', 'create', 'partner', 18, '{}', '{"admin_area":"Sousse Governorate","country":"TN","kind":"city","name_en":"Sousse","name_local":"سوسة","name_zh":"苏塞","notes":"Chinese name 苏塞 is the standard name; not seen in a Weihai source.","timezone":"Africa/Tunis","website":""}'),
	(36, '2026-12-06 18:23:30.721061+00', 'seed', 'create', 'partnership', 18, '{}', '{"confidence":"unconfirmed","ended_on":"","established_on":"2007","local_party":"Weihai","notes":"Twin town since 2007 only according to German-Wikipedia-derived mirrors; no Weihai or Sousse official source found. CURRENT STATUS UNKNOWN: kept ''active'' because no source reports an end, not because any source confirms activity.","partner_id":18,"sources":[{"url":"https://memim.com/weihai.html","note":"''Sousse, Sahel, Tunisia, since 2007''"},{"url":"http://temporati.de/Weihai.html","note":"''Weihai, China seit (Sousse) 2007''"}],"status":"active","type":"sister_city"}'),
	(108, '2026-12-06 18:23:31.032281+00', 'Li Wei', 'create', 'event', 36, '{}', '{"description":"Target 2022-05-08 (Sunday): 10 days before the anniversary (2022-05-18). Moved from 2022-05-08: Sunday (JP, CN); placed on 2022-05-09 (Monday), 1 day later.","end_date":"2022-05-29","format":"in_person","kind":"culture","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-05-09","start_time":"","status":"planned","timezone":"","title_en":"Ube photo exhibition for the 30th anniversary","title_zh":"威海—宇部结好30周年图片展"}'),
	(37, '2026-12-06 18:23:30.721887+00', 'seed', 'create', 'partner', 19, '{}', '{"admin_area":"Canterbury","country":"NZ","kind":"city","name_en":"Timaru","name_local":"Timaru","name_zh":"蒂马鲁","notes":"The NZ partner is formally Timaru District (the territorial authority seated in the town of Timaru, which runs the sister-city programme). Recorded as kind ''city'' because a NZ district council is a municipal-level authority, not a sub-city district like Suseong-gu. 蒂马鲁 is the standard Chinese name; haiwainet writes 提马鲁. The Weihai FAO page for Timaru was not found; probably one of the 25 partners Weihai counted in March 2024 (unverified).","timezone":"Pacific/Auckland","website":""}'),
	(38, '2026-12-06 18:23:30.722493+00', 'seed', 'create', 'partnership', 19, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"","local_party":"Weihai","notes":"Sister city (NZ-side term); the Chinese category (友好城市 vs 友好合作关系城市) is not confirmed. Confidence is for the link''s existence (two independent sources, one from each side); the establishment date is unknown, no source gives the signing year. Active: a Weihai delegation led by a deputy mayor was due in late Nov 2017 and student exchanges were ongoing (Timaru Herald, 2017-10-18).","partner_id":19,"sources":[{"url":"http://www.pressreader.com/new-zealand/the-timaru-herald/20171018/281552291091321","note":"Timaru Herald, 2017-10-18, ''Visits present opportunity'': Timaru was preparing to host delegations from ''two of its four sister cities''; a Weihai delegation led by the deputy mayor was due in late November; there were ''already student exchanges between Timaru and both Weihai and Eniwa''."},{"url":"http://nz.haiwainet.cn/n/2016/0615/c3541627-30010288.html","note":"haiwainet (海外网) NZ channel, 2016-06-15, list of NZ–mainland China sister cities: ''提马鲁Timaru:山东威海''."}],"status":"active","type":"sister_city"}'),
	(39, '2026-12-06 18:23:30.725904+00', 'seed', 'create', 'partner', 20, '{}', '{"admin_area":"Osaka Prefecture","country":"JP","kind":"city","name_en":"Izumisano","name_local":"泉佐野市","name_zh":"泉佐野市","notes":"Izumisano-shi.","timezone":"Asia/Tokyo","website":""}'),
	(40, '2026-12-06 18:23:30.726702+00', 'seed', 'create', 'partnership', 20, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"2019-10","local_party":"Weihai","notes":"Friendship city (JP: 友好都市提携, formal agreement); the Chinese-side category is not confirmed. Signed electronically on stage at the Shandong international friendship-cities conference in Jinan during Izumisano''s 15–17 Oct 2019 trip; the conference opened with on-site signings on 2019-10-16, so that day is likely but INFERRED, not stated: month precision kept. A Korean partner (Suseong) signed with Weihai at the same ceremony. Izumisano''s friendship-city programme was ongoing in May 2025 (Weihai not named in that excerpt).","partner_id":20,"sources":[{"url":"http://www.city.izumisano.lg.jp/kakuka/koushitsu/hisho/menu/houkoku/1557715304449.html","note":"Izumisano city report of the 2019-02-18 to 02-20 mission to Weihai and Dong''e County: the delegation signed a letter of intent (友好都市提携意向書) with Weihai; received by Weihai vice-mayor Gao and FAO director Zhao."},{"url":"http://www.city.izumisano.lg.jp/kakuka/koushitsu/hisho/menu/houkoku/1580107380435.html","note":"Izumisano city report of the 令和元年 (2019) 10-15 to 10-17 trip to Shandong. Purpose: ''威海市との友好都市提携調印''. The formal friendship-city signing took place in Jinan at the Shandong international friendship-cities conference (received by Weihai mayor Zhang Haibo), signed electronically on stage. Its text continues ''威海市とは本市以外にも韓…'', i.e. a Korean partner also signed with Weihai at the same ceremony (text cut off in the stored copy)."},{"url":"http://sd.chinadaily.com.cn/a/201910/17/WS5da7cc52a31099ab995e5f89.html","note":"China Daily, 2019-10-17: the Shandong International Friendship Cities Cooperation and Development Conference opened in Jinan on 2019-10-16, where 28 friendship / friendly-cooperation agreements were signed on site."},{"url":"https://chiyomatsu51.com/2025/05/30/%e5%8c%97%e4%ba%ac%e5%b8%82%e5%a4%a7%e8%88%88%e5%8c%ba","note":"Blog of Izumisano''s mayor, 2025-05-30: under the 2017 ''international city declaration'', Izumisano has concluded friendship-city agreements with 11 cities in China, Mongolia, Uganda, Brazil, Vietnam, Korea and the US (shows the programme is ongoing; Weihai is not named in this excerpt)."}],"status":"active","type":"friendship_city"}'),
	(41, '2026-12-06 18:23:30.728061+00', 'seed', 'create', 'partner', 21, '{}', '{"admin_area":"Aragon","country":"ES","kind":"city","name_en":"Zaragoza","name_local":"Zaragoza","name_zh":"萨拉戈萨","notes":"Chinese name 萨拉戈萨 is the standard rendering; no Weihai source seen.","timezone":"Europe/Madrid","website":""}'),
	(42, '2026-12-06 18:23:30.728651+00', 'seed', 'create', 'partnership', 21, '{}', '{"confidence":"likely","ended_on":"","established_on":"2025-09-21","local_party":"Weihai","notes":"Memorandum of Understanding (Memorando de Entendimiento) signed by Mayor Natalia Chueca with Weihai''s mayor on Sunday 2025-09-21 (''este domingo'', article of that date) during the ''Exquisite City Forum'' (organised by the UN and the Weihai city government): joint coordination committee, business missions, sports cooperation. The press calls it ''hermanamiento'', but whether Weihai counts it as a 友城 is unknown, hence type cooperation. The MoU itself is certain; ''likely'' reflects the source file''s ''medium''. After March 2024, so not part of the 25 counted then.","partner_id":21,"sources":[{"url":"https://www.elperiodicodearagon.com/zaragoza/2025/09/21/zaragoza-firma-acuerdo-estrategico-weihai-121814221.html","note":"El Periódico de Aragón, 2025-09-21: Mayor Natalia Chueca signed ''este domingo'' an MoU with Weihai during the ''Exquisite City Forum'', organised by the UN and the Weihai city government. It includes a joint coordination committee, business missions and sports cooperation."},{"url":"https://www.elespanol.com/aragon/actualidad/zaragoza/20250921/zaragoza-estrecha-lazos-china-acuerdo-weihai-desarrollar-iniciativas-conjuntas/1003743934510_0.html","note":"El Español, 2025-09-21: same MoU, signed with Weihai''s mayor (homóloga)."}],"status":"active","type":"cooperation"}'),
	(43, '2026-12-06 18:23:30.729352+00', 'seed', 'create', 'partner', 22, '{}', '{"admin_area":"Valencian Community","country":"ES","kind":"city","name_en":"Alicante","name_local":"Alicante / Alacant","name_zh":"阿利坎特","notes":"Chinese name 阿利坎特 is the standard rendering; no Weihai source seen.","timezone":"Europe/Madrid","website":""}'),
	(44, '2026-12-06 18:23:30.729979+00', 'seed', 'create', 'partnership', 22, '{}', '{"confidence":"likely","ended_on":"","established_on":"2025-09","local_party":"Weihai","notes":"Collaboration agreement (convenio de colaboración) signed by Mayor Luis Barcala and Weihai mayor Kong Fanping at the third international sustainable-cities forum in Weihai (economic, cultural, educational and sports cooperation; twinning of institutions). Article dated 2025-09-23; the signing day is not stated, so month precision. Probably the same forum as Zaragoza (inferred). Chinese category unknown. After March 2024, so not part of the 25 counted then.","partner_id":22,"sources":[{"url":"https://www.elespanol.com/alicante/alicante-ciudad/20250923/alicante-abre-camino-china-convenio-ciudad-weihai-busca-nuevas-oportunidades/1003743936943_0.html","note":"El Español (Alicante), 2025-09-23: Mayor Luis Barcala and Weihai mayor Kong Fanping signed a collaboration agreement at the ''tercer Foro Internacional de ciudades sostenibles'' in Weihai (economic, cultural, educational and sports cooperation; twinning of institutions)."}],"status":"active","type":"cooperation"}'),
	(45, '2026-12-06 18:23:30.730848+00', 'seed', 'create', 'partner', 23, '{}', '{"admin_area":"","country":"FR","kind":"region","name_en":"Brittany","name_local":"Bretagne","name_zh":"布列塔尼大区","notes":"French region Bretagne (Breton: Breizh). Shandong Province''s partner region; the 1985-10 Shandong–Brittany friendship protocol is recorded as a commemoration. Lorient is in Brittany. The Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu (recorded as an event).","timezone":"Europe/Paris","website":""}'),
	(46, '2026-12-06 18:23:30.731453+00', 'seed', 'create', 'partnership', 23, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"","local_party":"Shandong Province","notes":"The provincial online platform 山东省—布列塔尼大区线上直通车 (''Shandong–Brittany online express''); its own start date is unknown (null). The underlying Shandong–Brittany friendship protocol (Jinan, October 1985) is recorded as a commemoration, not as this partnership''s date.","partner_id":23,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助山东省—布列塔尼大区线上直通车……等省级平台宣传推介威海城市营商环境'' — names the provincial online platform"},{"url":"http://www.chinatoday.com.cn/ctfrench/2018/zfq/202007/t20200702_800212507.html","note":"Protocol signed in Jinan, October 1985"},{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}],"status":"active","type":"cooperation"}'),
	(47, '2026-12-06 18:23:30.732788+00', 'seed', 'create', 'partner', 24, '{}', '{"admin_area":"Scotland","country":"GB","kind":"region","name_en":"Scotland","name_local":"Scotland","name_zh":"苏格兰","notes":"The work plan writes 苏格兰大区 for the platform''s partner.","timezone":"Europe/London","website":""}'),
	(48, '2026-12-06 18:23:30.733397+00', 'seed', 'create', 'partnership', 24, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"","local_party":"Shandong Province","notes":"The provincial online platform 山东省—苏格兰大区线上直通车 (''Shandong–Scotland online express''). No source here gives its start date or the date of any Shandong–Scotland agreement.","partner_id":24,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助……山东省—苏格兰大区线上直通车……等省级平台宣传推介威海城市营商环境'' — names the provincial online platform"}],"status":"active","type":"cooperation"}'),
	(49, '2026-12-06 18:23:30.734197+00', 'seed', 'create', 'partner', 25, '{}', '{"admin_area":"","country":"MY","kind":"region","name_en":"Sarawak","name_local":"Sarawak","name_zh":"沙捞越州","notes":"Malaysian state on Borneo.","timezone":"Asia/Kuching","website":""}'),
	(50, '2026-12-06 18:23:30.734778+00', 'seed', 'create', 'partnership', 25, '{}', '{"confidence":"confirmed","ended_on":"","established_on":"","local_party":"Shandong Province","notes":"The provincial platform 山东—沙捞越州友城圆桌会 (''Shandong–Sarawak friendship-city round table''). The name implies a Shandong–Sarawak friendship relationship, but no source here states its type or date, so it is recorded as cooperation with date unknown.","partner_id":25,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助……山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境'' — names the provincial round table"}],"status":"active","type":"cooperation"}'),
	(51, '2026-12-06 18:23:30.735581+00', 'seed', 'create', 'partner', 26, '{}', '{"admin_area":"","country":"","kind":"organization","name_en":"Association of North East Asia Regional Governments (NEAR)","name_local":"","name_zh":"东北亚地区地方政府联合会","notes":"International organization of regional (provincial-level) governments, founded 1996-09-12 in Gyeongju, South Korea (recorded as a commemoration). The work plan writes 东北亚地方政府联合会. Secretariat seat not recorded from a source, so no timezone.","timezone":"","website":""}'),
	(52, '2026-12-06 18:23:30.73617+00', 'seed', 'create', 'partnership', 26, '{}', '{"confidence":"likely","ended_on":"","established_on":"","local_party":"Shandong Province","notes":"Membership held by Shandong Province (NEAR''s members are regional governments; Weihai takes part through the province). The date of Shandong''s accession was not researched (null). ''likely'' because no source here states Shandong''s membership explicitly; the work plan only says Weihai strengthens its contacts with NEAR.","partner_id":26,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度'' — Weihai works with NEAR under the province''s foreign-affairs framework"}],"status":"active","type":"membership"}'),
	(53, '2026-12-06 18:23:30.73731+00', 'seed', 'create', 'partner', 27, '{}', '{"admin_area":"","country":"","kind":"organization","name_en":"Shanghai Cooperation Organisation (SCO)","name_local":"","name_zh":"上海合作组织","notes":"Intergovernmental organization founded 2001-06-15 (recorded as a commemoration). The work plan writes 上合组织. Secretariat seat not recorded from a source, so no timezone.","timezone":"","website":""}'),
	(54, '2026-12-06 18:23:30.737964+00', 'seed', 'create', 'partnership', 27, '{}', '{"confidence":"likely","ended_on":"","established_on":"","local_party":"Weihai","notes":"Local party Weihai: the plan says the city (市外办) strengthens its own contacts with the SCO to raise ''the level of cooperation and the city''s profile'' (城市知名度); cities and provinces cannot be SCO members, so this is a cooperation contact, not membership. No agreement or start date is known; ''likely'' because the plan implies existing cooperation without describing it.","partner_id":27,"sources":[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度'' — the city strengthens contacts and raises the level of cooperation with the SCO"}],"status":"active","type":"cooperation"}'),
	(55, '2026-12-06 18:23:30.739378+00', 'seed', 'create', 'commemoration', 1, '{}', '{"confidence":"confirmed","country":"JP","date":"1972-09-29","notes":"Joint Communiqué signed in Beijing on 1972-09-29 (中日联合声明). CONFLICT (minor): a 2020 Wikipedia mirror (kiwix) gives ''September 27'', which is wrong: 27 Sept was the Mao–Tanaka meeting. 2022 = 50th anniversary (the work plan: 我省庆祝中日邦交正常化 50 周年).","partner_id":null,"sources":[{"url":"https://en.wikipedia.org/wiki/Japan%E2%80%93China_Joint_Communiqu%C3%A9","note":"Signed 29 September 1972 in Beijing"},{"url":"http://en.wikisource.org/wiki/Joint_Communique_of_the_Government_of_Japan_and_the_Government_of_the_People''s_Republic_of_China","note":"Text dated September 29, 1972"},{"url":"http://china.org.cn/english/features/47636.htm","note":"Joint communiqué issued Sept 29, 1972"}],"title_en":"China–Japan diplomatic normalization","title_zh":"中日邦交正常化"}'),
	(65, '2026-12-06 18:23:30.75062+00', 'seed', 'create', 'commemoration', 11, '{}', '{"confidence":"confirmed","country":"","date":"1996-09-12","notes":"Date is the founding of the organization. Charter: ''Establishment September 12, 1996''; founded in Gyeongju, South Korea. Founding date of the organization; Shandong''s own accession date was not researched.","partner_id":26,"sources":[{"url":"http://neargov.org/en/page.jsp?mnu_uid=2829\u0026","note":"Charter ''Establishment September 12, 1996''"},{"url":"https://issuu.com./neargov/docs/near_news_vol.50__eng_","note":"Founded Sept 1996 in Gyeongju, South Korea"}],"title_en":"Association of North East Asia Regional Governments (NEAR)","title_zh":"东北亚地区地方政府联合会成立"}'),
	(56, '2026-12-06 18:23:30.740031+00', 'seed', 'create', 'commemoration', 2, '{}', '{"confidence":"confirmed","country":"GB","date":"1972-03-13","notes":"Joint communiqué on the exchange of ambassadors (中英关于互换大使的联合公报), signed in Beijing 1972-03-13: an UPGRADE of existing chargé-d''affaires-level relations, not their establishment (the earlier date was not researched). The work plan''s ''中英建交 50 周年'' (2022) refers to this date.","partner_id":null,"sources":[{"url":"https://en.wikisource.org./wiki/China_and_UK_joint_communiqu%C3%A9_concerning_upgraded_diplomatic_relations_1972","note":"Representatives raised ''from charges d''affaires to ambassadors as from March 13, 1972''"},{"url":"https://zh.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%92%8C%E5%A4%A7%E4%B8%8D%E5%88%97%E9%A2%A0%E5%8F%8A%E5%8C%97%E7%88%B1%E5%B0%94%E5%85%B0%E8%81%94%E5%90%88%E7%8E%8B%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E4%BA%92%E6%8D%A2%E5%A4%A7%E4%BD%BF%E7%9A%84%E8%81%94%E5%90%88%E5%85%AC%E6%8A%A5","note":"Chinese text signed 一九七二年三月十三日于北京"}],"title_en":"China–UK ambassadorial relations","title_zh":"中英互换大使"}'),
	(57, '2026-12-06 18:23:30.740658+00', 'seed', 'create', 'commemoration', 3, '{}', '{"confidence":"confirmed","country":"KR","date":"1992-08-24","notes":"Established 1992-08-24; 2022 = 30th anniversary. The work plan''s ''中韩文化交流年'' is presumably the 2021–2022 China–ROK Year of Cultural Exchange (seen only in a weak Korean source, not verified).","partner_id":null,"sources":[{"url":"https://megalodon.jp/ref/2024-0810-0655-30/https://www.nytimes.com:443/1992/08/24/world/chinese-and-south-koreans-formally-establish-relations.html","note":"NYT 1992-08-24: relations formally established ''this morning''"},{"url":"http://en.people.cn/n3/2022/0825/c90000-10139485.html","note":"Xinhua: established Aug. 24, 1992; 30th anniversary reception 2022"},{"url":"https://www.koreaherald.com/view.php?ud=20230719000482","note":"Normalized ties on Aug. 24, 1992"}],"title_en":"China–ROK diplomatic relations","title_zh":"中韩建交"}'),
	(58, '2026-12-06 18:23:30.741271+00', 'seed', 'create', 'commemoration', 4, '{}', '{"confidence":"confirmed","country":"FR","date":"1964-01-27","notes":"Joint communiqué published simultaneously in Beijing and Paris on 1964-01-27. No conflict.","partner_id":null,"sources":[{"url":"https://fr.hujiang.com/new/p138812/","note":"Joint communiqué published simultaneously in Beijing and Paris on 27 January 1964"},{"url":"http://huaren.haiwainet.cn/n/2013/0428/c232657-18563814.html","note":"1964年1月27日 joint communiqué"}],"title_en":"China–France diplomatic relations","title_zh":"中法建交"}'),
	(59, '2026-12-06 18:23:30.741894+00', 'seed', 'create', 'commemoration', 5, '{}', '{"confidence":"likely","country":"RU","date":"1949-10-02","notes":"TWO DATES IN USE: 1949-10-02 (Soviet note by Gromyko deciding to establish relations / recognition of the PRC; the commonly cited date, stored here) and 1949-10-03 (Zhou Enlai''s reply; 12371.cn gives ''1949年10月3日，中苏建立大使级外交关系''). Country RU: the Russian Federation is the USSR''s continuator (the USSR''s former code SU is no longer an assigned ISO 3166-1 code); Russia counts its relations with the PRC from 1949.","partner_id":null,"sources":[{"url":"http://www.zhzky.com/news/?4427.html","note":"Gromyko''s note deciding to establish relations, dated 1949-10-02 21:45 (Xinhua, 3 Oct 1949)"},{"url":"https://lw33.cn/article/73513ad2b1bee9453f482092.html","note":"Li Jingjie (CASS): USSR recognized the PRC on 1949-10-02"},{"url":"https://12371.cn/2021/10/03/VIDE1633224120531812.shtml","note":"''1949年10月3日，中苏建立大使级外交关系'' (Zhou Enlai''s reply of 3 Oct)"}],"title_en":"China–USSR diplomatic relations","title_zh":"中苏建交"}'),
	(60, '2026-12-06 18:23:30.742469+00', 'seed', 'create', 'commemoration', 6, '{}', '{"confidence":"likely","country":"RU","date":"1991-12-27","notes":"Qian Qichen''s telegram of 1991-12-27 recognizing the Russian Federation government as the USSR''s continuator (中俄关系继承); ambassador Wang Jinqing re-accredited. The date the deputy foreign ministers signed the minutes (会谈纪要) is disputed: 27 vs 29 Dec 1991 (a Russian-authored memoir says 29th). Russia counts its relations with the PRC from 1949.","partner_id":null,"sources":[{"url":"http://studysco.euroasia.cssn.cn/shzl/dsj/201309/t20130922_422645.html","note":"CASS chronology: 1991-12-27 Qian Qichen telegram recognizing the Russian Federation government; talks in Moscow"},{"url":"http://www.hprc.org.cn/gsyj/yjjg/zggsyjxh_1/gsnhlw_1/wuguoshixslwj/200906/t20090629_3950779.html","note":"1991-12-27 recognition telegram; ambassador Wang Jinqing re-accredited"},{"url":"http://zjwz.cnepaper.com/epaper/h5/html5/2025-02/25/content_145545_1887082.htm","note":"Russian-authored memoir excerpt: deputy FMs signed the minutes (会谈纪要) on 12-29"}],"title_en":"China''s recognition of the Russian Federation","title_zh":"中国承认俄罗斯联邦"}'),
	(61, '2026-12-06 18:23:30.74302+00', 'seed', 'create', 'commemoration', 7, '{}', '{"confidence":"confirmed","country":"UA","date":"1992-01-04","notes":"Established 1992-01-04. No conflict. 2022 = 30th anniversary.","partner_id":null,"sources":[{"url":"https://wikiwand.com/zh-tw/articles/中國—烏克蘭關係","note":"Established 4 January 1992"},{"url":"https://www.70thvictory.com.tw/jintian/01-04/19921518.htm","note":"1992年1月4日 establishment"}],"title_en":"China–Ukraine diplomatic relations","title_zh":"中乌建交"}'),
	(62, '2026-12-06 18:23:30.743569+00', 'seed', 'create', 'commemoration', 8, '{}', '{"confidence":"confirmed","country":"BY","date":"1992-01-20","notes":"Agreement signed in Beijing on 1992-01-20. No conflict. 2022 = 30th anniversary.","partner_id":null,"sources":[{"url":"https://www.chinanews.com.cn/gj/zlk/2014/01-16/348_2.shtml","note":"MFA-style country profile: ''1992年1月20日建交''"},{"url":"https://www.hankyung.com/news/article/1992012100531","note":"Hankyung 1992-01-21: agreement signed in Beijing on the 20th"}],"title_en":"China–Belarus diplomatic relations","title_zh":"中白建交"}'),
	(63, '2026-12-06 18:23:30.746331+00', 'seed', 'create', 'commemoration', 9, '{}', '{"confidence":"confirmed","country":"FR","date":"1985-10","notes":"Friendship protocol (山东省—布列塔尼大区友好关系) signed in Jinan in October 1985; day not given. Provincial-level ties; background to the 2022 work plan''s 山东省—布列塔尼大区线上直通车. A Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu.","partner_id":23,"sources":[{"url":"http://www.chinatoday.com.cn/ctfrench/2018/zfq/202007/t20200702_800212507.html","note":"Protocol signed in Jinan, October 1985"},{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}],"title_en":"Shandong–Brittany friendly relations","title_zh":"山东省与布列塔尼大区结好"}'),
	(64, '2026-12-06 18:23:30.749593+00', 'seed', 'create', 'commemoration', 10, '{}', '{"confidence":"confirmed","country":"JP","date":"1982","notes":"Sister ties between Shandong Province and Yamaguchi Prefecture (山东省—山口县友好关系), 1982 (year only). Background to the Ube–Weihai link (Ube is in Yamaguchi Prefecture). No Yamaguchi Prefecture partner is seeded (the 2022 work plan names no Shandong–Yamaguchi activity), so no partner_key.","partner_id":null,"sources":[{"url":"https://www.pref.yamaguchi.lg.jp/foreign/english/i-exchange.html","note":"Sister ties with Shandong in 1982"},{"url":"http://www.city.ube.yamaguchi.jp/shisei/keikaku/kokusai/yuukou/keii.html","note":"1982年の山口県と山東省の友好都市締結"}],"title_en":"Shandong–Yamaguchi friendly relations","title_zh":"山东省与山口县结好"}'),
	(66, '2026-12-06 18:23:30.75121+00', 'seed', 'create', 'commemoration', 12, '{}', '{"confidence":"confirmed","country":"","date":"2001-06-15","notes":"Date is the founding of the organization: Declaration on the establishment of the SCO signed in Shanghai, dated 2001-06-15.","partner_id":27,"sources":[{"url":"http://en.kremlin.ru/events/president/news/41570","note":"Declaration on establishment signed in Shanghai"},{"url":"https://cis-legislation.com/document.fwx?rgn=3867","note":"Declaration dated June 15, 2001"}],"title_en":"Shanghai Cooperation Organisation (SCO)","title_zh":"上海合作组织成立"}'),
	(67, '2026-12-06 18:23:30.753946+00', 'seed', 'create', 'event', 1, '{}', '{"description":"A series of events for the 30th anniversary of the Weihai–Ube sister-city relationship (agreement signed 1992-05-18). Work plan section 二: ''策划举办与宇部结好 30 周年系列活动''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"ceremony","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[1],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''策划举办与宇部结好 30 周年系列活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Weihai–Ube 30th anniversary series","title_zh":"与宇部结好30周年系列活动"}'),
	(68, '2026-12-06 18:23:30.755659+00', 'seed', 'create', 'event', 2, '{}', '{"description":"Weihai takes part in Shandong Province''s friendship-exchange activities with Japan marking the 50th anniversary of China–Japan diplomatic normalization (1972-09-29). Work plan section 二: ''积极参与我省庆祝中日邦交正常化 50 周年等对日友好交流活动''. Linked to Weihai''s Japanese partners; the plan does not say which partners take part. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"ceremony","location":"","organizer":"Shandong Province (Weihai FAO participates)","participants":null,"partner_ids":[1,20],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与我省庆祝中日邦交正常化 50 周年等对日友好交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Participation in Shandong''s celebrations of the 50th anniversary of China–Japan normalization","title_zh":"参与我省庆祝中日邦交正常化50周年对日友好交流活动"}'),
	(69, '2026-12-06 18:23:30.757323+00', 'seed', 'create', 'event', 3, '{}', '{"description":"Continued series of events for the China–Korea Cultural Exchange Year, running through the year (presumably the 2021–2022 China–ROK Year of Cultural Exchange; not verified). Work plan section 二: ''持续开展“中韩文化交流年”系列活动''. Linked to Weihai''s Korean partners of 2022 (Jeju City joined only in 2023). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"culture","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[5,7,8,9],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''持续开展“中韩文化交流年”系列活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"China–Korea Cultural Exchange Year series","title_zh":"“中韩文化交流年”系列活动"}'),
	(70, '2026-12-06 18:23:30.758035+00', 'seed', 'create', 'event', 4, '{}', '{"description":"Compilation of the book 《潮起金桥》 (''The Tide Rises on the Golden Bridge'') to promote people-to-people bonds between Weihai and Korea. Work plan section 二: ''编撰《潮起金桥》，促进威韩民心相通''. Not tied by the plan to a particular partner city. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''编撰《潮起金桥》，促进威韩民心相通''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Compiling the book ''Chaoqi Jinqiao'' on Weihai–Korea ties","title_zh":"编撰《潮起金桥》"}'),
	(71, '2026-12-06 18:23:30.759178+00', 'seed', 'create', 'event', 5, '{}', '{"description":"Weihai takes part in the celebrations of the 50th anniversary of China–UK relations at ambassador level (joint communiqué of 1972-03-13; the plan says 中英建交). Work plan section 二: ''积极参与中英建交 50 周年庆祝活动''; part of building Weihai as a ''model city for exchanges and cooperation with the UK'' (对英交流合作典范城市). Linked to Weihai''s UK partners; the plan does not say which take part. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"ceremony","location":"","organizer":"","participants":null,"partner_ids":[2,3],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与中英建交 50 周年庆祝活动、山东—英国商贸对话会等对英交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Participation in the celebrations of the 50th anniversary of China–UK ambassadorial relations","title_zh":"参与中英建交50周年庆祝活动"}'),
	(72, '2026-12-06 18:23:30.759867+00', 'seed', 'create', 'event', 6, '{}', '{"description":"Participation in the provincial Shandong–UK business dialogue. Work plan section 二: ''积极参与……山东—英国商贸对话会等对英交流活动''. Format not stated in the plan. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"economy","location":"","organizer":"Shandong Province (Weihai FAO participates)","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与中英建交 50 周年庆祝活动、山东—英国商贸对话会等对英交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–UK Business Dialogue","title_zh":"山东—英国商贸对话会"}'),
	(73, '2026-12-06 18:23:30.761168+00', 'seed', 'create', 'event', 7, '{}', '{"description":"Youth exchanges planned with European cities. Work plan section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' (the youth field). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"youth","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[16,3,2],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Youth exchanges with Lorient, Lancaster and Cheltenham","title_zh":"与洛里昂、兰卡斯特、彻特纳姆开展青少年交流活动"}'),
	(107, '2026-12-06 18:23:31.031234+00', 'Li Wei', 'create', 'event', 35, '{}', '{"description":"Target 2022-05-04 (Wednesday): 14 days before the anniversary (2022-05-18). Moved from 2022-05-04: Greenery Day (JP) and Labour Day break (CN); placed on 2022-05-06 (Friday), 2 days later.","end_date":"2022-05-06","format":"in_person","kind":"media","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-05-06","start_time":"","status":"planned","timezone":"","title_en":"TV feature: Weihai and Ube, 30 years of friendship","title_zh":"威海—宇部结好30周年电视专题节目"}'),
	(74, '2026-12-06 18:23:30.76223+00', 'seed', 'create', 'event', 8, '{}', '{"description":"Cultural exchanges planned with European cities. Work plan section 二: ''……策划开展青少年、文化、艺术等领域的交流活动'' (the culture field). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"culture","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[16,3,2],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Cultural exchanges with Lorient, Lancaster and Cheltenham","title_zh":"与洛里昂、兰卡斯特、彻特纳姆开展文化交流活动"}'),
	(75, '2026-12-06 18:23:30.763369+00', 'seed', 'create', 'event', 9, '{}', '{"description":"Art exchanges planned with European cities. Work plan section 二: ''……策划开展青少年、文化、艺术等领域的交流活动'' (the art field). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"culture","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[16,3,2],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Art exchanges with Lorient, Lancaster and Cheltenham","title_zh":"与洛里昂、兰卡斯特、彻特纳姆开展艺术交流活动"}'),
	(76, '2026-12-06 18:23:30.764427+00', 'seed', 'create', 'event', 10, '{}', '{"description":"Closer liaison with Sochi and wider sports exchanges with Russia, taking the Beijing Winter Olympics as the occasion. Work plan section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"sports","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[6],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Sports exchanges with Sochi on the occasion of the Beijing Winter Olympics","title_zh":"以北京冬奥会为契机扩大与索契体育领域交流合作"}'),
	(77, '2026-12-06 18:23:30.765498+00', 'seed', 'create', 'event', 11, '{}', '{"description":"Contacts to consolidate the traditional friendship with the Belt and Road partner cities Mykolaiv (Ukraine) and Novopolotsk (Belarus). Work plan section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊''. No specific activity named. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"other","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[17,15],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Consolidating traditional friendship with Mykolaiv and Novopolotsk","title_zh":"巩固与尼古拉耶夫市、新波洛茨克市等友城的传统友谊"}'),
	(78, '2026-12-06 18:23:30.766929+00', 'seed', 'create', 'event', 12, '{}', '{"description":"Closer communication with Khabarovsk, aiming to add a new Russian partner city. Work plan section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员''. (The twinning was eventually signed in Nov 2025.) Format not stated in the plan. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"dialogue","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[14],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Liaison with Khabarovsk toward a new partnership","title_zh":"加强与哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员"}'),
	(79, '2026-12-06 18:23:30.767981+00', 'seed', 'create', 'event', 13, '{}', '{"description":"Using the provincial platform ''Shandong–Brittany online express'' to promote Weihai''s business environment. Work plan section 三: ''借助山东省—布列塔尼大区线上直通车……等省级平台宣传推介威海城市营商环境''. The plan gives no date (status idea, year 2022).","end_date":"","format":"online","kind":"economy","location":"","organizer":"Shandong Province (Weihai FAO participates)","participants":null,"partner_ids":[23],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–Brittany online express: promoting Weihai''s business environment","title_zh":"借助山东省—布列塔尼大区线上直通车宣传推介威海营商环境"}'),
	(80, '2026-12-06 18:23:30.768978+00', 'seed', 'create', 'event', 14, '{}', '{"description":"Using the provincial platform ''Shandong–Scotland online express'' to promote Weihai''s business environment. Work plan section 三: ''借助……山东省—苏格兰大区线上直通车……等省级平台宣传推介威海城市营商环境''. The plan gives no date (status idea, year 2022).","end_date":"","format":"online","kind":"economy","location":"","organizer":"Shandong Province (Weihai FAO participates)","participants":null,"partner_ids":[24],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–Scotland online express: promoting Weihai''s business environment","title_zh":"借助山东省—苏格兰大区线上直通车宣传推介威海营商环境"}'),
	(81, '2026-12-06 18:23:30.770017+00', 'seed', 'create', 'event', 15, '{}', '{"description":"Using the provincial round table with Sarawak to promote Weihai''s business environment. Work plan section 三: ''借助……山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''. Format ''online'' follows the brief''s grouping with the two online platforms; the plan itself does not say the round table is online. The plan gives no date (status idea, year 2022).","end_date":"","format":"online","kind":"dialogue","location":"","organizer":"Shandong Province (Weihai FAO participates)","participants":null,"partner_ids":[25],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–Sarawak friendship-city round table","title_zh":"山东—沙捞越州友城圆桌会"}'),
	(82, '2026-12-06 18:23:30.771064+00', 'seed', 'create', 'event', 16, '{}', '{"description":"Strengthening communication with international organizations to raise cooperation and the city''s profile. Work plan section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度''. Format not stated. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"dialogue","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[26,27],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Contacts with NEAR and the SCO","title_zh":"强化与东北亚地方政府联合会、上合组织等国际组织沟通联系"}'),
	(83, '2026-12-06 18:23:30.771741+00', 'seed', 'create', 'event', 17, '{}', '{"description":"Organizing Weihai enterprises to take part in the provincial Shandong–Osaka seminar on new-energy industry cooperation, under the plan''s focus on marine and modern-agriculture cooperation. Work plan section 三: ''组织企业参与山东—大阪新能源产业合作研讨会''. No Osaka partner is seeded (Izumisano is in Osaka Prefecture but the plan does not link it). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"economy","location":"","organizer":"Shandong Province (Weihai FAO organizes enterprises'' participation)","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''重点围绕海洋、现代农业等领域合作，组织企业参与山东—大阪新能源产业合作研讨会、山东—九州智慧农业合作交流会等活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–Osaka New Energy Industry Cooperation Seminar","title_zh":"山东—大阪新能源产业合作研讨会"}'),
	(84, '2026-12-06 18:23:30.772338+00', 'seed', 'create', 'event', 18, '{}', '{"description":"Organizing Weihai enterprises to take part in the provincial Shandong–Kyushu exchange meeting on smart-agriculture cooperation. Work plan section 三: ''组织企业参与……山东—九州智慧农业合作交流会等活动''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"economy","location":"","organizer":"Shandong Province (Weihai FAO organizes enterprises'' participation)","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''重点围绕海洋、现代农业等领域合作，组织企业参与山东—大阪新能源产业合作研讨会、山东—九州智慧农业合作交流会等活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Shandong–Kyushu Smart Agriculture Cooperation and Exchange Meeting","title_zh":"山东—九州智慧农业合作交流会"}'),
	(85, '2026-12-06 18:23:30.772943+00', 'seed', 'create', 'event', 19, '{}', '{"description":"Making good use of the ''Latin America Bridge'' (拉美桥) platform to help enterprises expand into international markets. Work plan section 三: ''发挥好“拉美桥”平台作用，服务企业拓展国际市场''. An ongoing platform rather than a single event; no Latin American partner is seeded. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"economy","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''发挥好“拉美桥”平台作用，服务企业拓展国际市场''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Latin America Bridge platform for enterprises","title_zh":"发挥“拉美桥”平台作用"}'),
	(86, '2026-12-06 18:23:30.773564+00', 'seed', 'create', 'event', 20, '{}', '{"description":"Stepping up liaison and promotion for industrial parks such as the China–Korea FTA local economic cooperation demonstration zone, working with international partner cities and foreign chambers of commerce. Work plan section 三: ''积极对接国际友城、国外商协会组织等，加大中韩自贸区地方经济合作示范区等园区对接推介力度''. The plan names partner cities only in general. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"economy","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 三: ''积极对接国际友城、国外商协会组织等，加大中韩自贸区地方经济合作示范区等园区对接推介力度，助力园区扩大国际合作''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Promotion of the China–Korea FTA Local Economic Cooperation Demonstration Zone","title_zh":"中韩自贸区地方经济合作示范区对接推介"}'),
	(87, '2026-12-06 18:23:30.774178+00', 'seed', 'create', 'event', 21, '{}', '{"description":"A series of activities building youth partnerships between Chinese and foreign university students, with universities in Weihai. Work plan section 四: ''开展全球青年伙伴计划系列活动……联合驻威高校，动员中外大学生通过多种方式建立青年伙伴关系''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"youth","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''开展全球青年伙伴计划系列活动。……联合驻威高校，动员中外大学生通过多种方式建立青年伙伴关系，增进相互了解和文化认同''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Global Youth Partner Programme series","title_zh":"全球青年伙伴计划系列活动"}'),
	(88, '2026-12-06 18:23:30.774773+00', 'seed', 'create', 'event', 22, '{}', '{"description":"Taking part in the International Youth Exchange Year activities of Shandong''s foreign-affairs system. Work plan section 四: ''积极参与全省外事系统国际青少年交流年活动''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"youth","location":"","organizer":"Shandong foreign-affairs system (Weihai FAO participates)","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''积极参与全省外事系统国际青少年交流年活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Participation in the province''s International Youth Exchange Year","title_zh":"参与全省外事系统国际青少年交流年活动"}'),
	(106, '2026-12-06 18:23:31.03004+00', 'Li Wei', 'create', 'event', 34, '{}', '{"description":"Target 2022-04-03 (Sunday): 45 days before the anniversary (2022-05-18). Moved from 2022-04-03: no meeting time falls on a working day in both cities: Sunday (JP) and Qingming Festival break (CN); placed on 2022-04-01 (Friday), 2 days earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day.","end_date":"2022-04-01","format":"online","kind":"youth","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-04-01","start_time":"10:00","status":"planned","timezone":"Asia/Shanghai","title_en":"Weihai–Ube online youth exchange for the 30th anniversary","title_zh":"威海—宇部结好30周年青少年线上交流"}'),
	(89, '2026-12-06 18:23:30.776289+00', 'seed', 'create', 'event', 23, '{}', '{"description":"Online ''cloud dialogues'' with partner cities, combined with the TV programme 《海这边 海那边》. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目''. Linked to the partners named for the programme; the plan does not list the dialogue partners separately. The plan gives no date (status idea, year 2022).","end_date":"","format":"online","kind":"dialogue","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[6,14,15,2,1,20,5,7,8,9],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"Partner-city cloud dialogues","title_zh":"友城“云对话”活动"}'),
	(90, '2026-12-06 18:23:30.777379+00', 'seed', 'create', 'event', 24, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Sochi; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[6],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Sochi episode","title_zh":"《海这边 海那边》电视专题节目：俄罗斯索契"}'),
	(91, '2026-12-06 18:23:30.778325+00', 'seed', 'create', 'event', 25, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Khabarovsk; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. Khabarovsk was not yet a partner in 2022 (twinning signed Nov 2025). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[14],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Khabarovsk episode","title_zh":"《海这边 海那边》电视专题节目：俄罗斯哈巴罗夫斯克"}'),
	(92, '2026-12-06 18:23:30.779307+00', 'seed', 'create', 'event', 26, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Novopolotsk; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan writes 新波罗茨克 here. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[15],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Novopolotsk episode","title_zh":"《海这边 海那边》电视专题节目：白俄罗斯新波罗茨克"}'),
	(93, '2026-12-06 18:23:30.780334+00', 'seed', 'create', 'event', 27, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Cheltenham; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[2],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Cheltenham episode","title_zh":"《海这边 海那边》电视专题节目：英国彻特纳姆"}'),
	(94, '2026-12-06 18:23:30.781452+00', 'seed', 'create', 'event', 28, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Japanese partner cities; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan says only ''日本友城''; linked to Ube and Izumisano, Weihai''s Japanese partners in 2022. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[1,20],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Japanese partner cities episode","title_zh":"《海这边 海那边》电视专题节目：日本友城"}'),
	(95, '2026-12-06 18:23:30.782535+00', 'seed', 'create', 'event', 29, '{}', '{"description":"One episode of the TV feature programme 《海这边 海那边》 with Korean partner cities; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan says only ''韩国友城''; linked to Weihai''s Korean partners of 2022. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[5,7,8,9],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Korean partner cities episode","title_zh":"《海这边 海那边》电视专题节目：韩国友城"}'),
	(96, '2026-12-06 18:23:30.783214+00', 'seed', 'create', 'event', 30, '{}', '{"description":"A series of reports presenting Weihai''s character and development from the viewpoint of influential foreign friends of the city. Work plan section 四: ''策划“外眼看威海”系列报道……用外国人视角宣传我市城市特色和经济社会发展成就''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"media","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 四: ''策划“外眼看威海”系列报道，挖潜我市具有较高影响力、知威友威爱威的外国友人资源，用外国人视角宣传我市城市特色和经济社会发展成就''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"''Weihai through Foreign Eyes'' report series","title_zh":"“外眼看威海”系列报道"}'),
	(97, '2026-12-06 18:23:30.78382+00', 'seed', 'create', 'event', 31, '{}', '{"description":"Consular-protection publicity campaign. Work plan section 五: ''举办“领保伴你行”领事保护宣传活动''. The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"other","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 五: ''举办“领保伴你行”领事保护宣传活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"''Consular Protection with You'' publicity campaign","title_zh":"“领保伴你行”领事保护宣传活动"}');
INSERT INTO public.audit_records VALUES
	(98, '2026-12-06 18:23:30.784882+00', 'seed', 'create', 'event', 32, '{}', '{"description":"The Shandong–Brittany Exchange Year opened on 2022-06-27 in Qufu (Beijing Review, French edition). Not an item of the Weihai work plan; recorded because a source dates it. Organizer, format and Weihai''s participation are not stated; the Chinese title is a translation, not an official name.","end_date":"2022-06-27","format":"in_person","kind":"ceremony","location":"Qufu, Shandong","organizer":"","participants":null,"partner_ids":[23],"plan_id":null,"sources":[{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}],"start_date":"2022-06-27","start_time":"","status":"done","timezone":"","title_en":"Opening of the Shandong–Brittany Exchange Year","title_zh":"山东—布列塔尼交流年开幕"}'),
	(99, '2026-12-06 18:23:30.869448+00', 'Li Wei', 'create', 'partner', 28, '{}', '{"admin_area":"Tokushima Prefecture","country":"JP","kind":"city","name_en":"Naruto","name_local":"","name_zh":"鸣门市","notes":"Whirlpools; 友好交流","timezone":"Asia/Tokyo","website":""}'),
	(100, '2026-12-06 18:23:30.89083+00', 'Li Wei', 'update', 'partner', 1, '{"notes":"Ube-shi. Exchanges with Weihai since 1988 (Ube city). Ube''s twinning grew out of the 1982 Shandong–Yamaguchi Prefecture friendship (recorded as a commemoration)."}', '{"notes":"30th anniversary series planned"}'),
	(101, '2026-12-06 18:23:30.910774+00', 'Li Wei', 'update', 'partnership', 1, '{"notes":"友好城市 (JP: 友好都市). Agreement (友好都市締結書) signed 1992-05-18 at Dongshan Guesthouse, Weihai, by mayors Nakamura Katsuto and Wu Longjiang. Active: no evidence of suspension; 15th (2007) and 20th (2012) anniversaries celebrated with delegations; the 2022 work plan plans the 30th-anniversary series. Status last confirmed by a source: 2012 (plus the 2022 plan)."}', '{"notes":"MoU renewed"}'),
	(102, '2026-12-06 18:23:30.935293+00', 'Li Wei', 'update', 'partnership', 2, '{"ended_on":"","status":"active"}', '{"ended_on":"2023","status":"suspended"}'),
	(103, '2026-12-06 18:23:30.953669+00', 'Li Wei', 'create', 'commemoration', 13, '{}', '{"confidence":"confirmed","country":"JP","date":"1948-04","notes":"","partner_id":null,"sources":null,"title_en":"Founding of Naruto","title_zh":"鸣门建市"}'),
	(104, '2026-12-06 18:23:30.975943+00', 'Li Wei', 'create', 'event', 33, '{}', '{"description":"","end_date":"2022-06-15","format":"online","kind":"youth","location":"","organizer":"","participants":40,"partner_ids":[1],"plan_id":null,"sources":null,"start_date":"2022-06-15","start_time":"10:00","status":"confirmed","timezone":"Asia/Tokyo","title_en":"Online youth forum","title_zh":"青少年线上论坛"}'),
	(105, '2026-12-06 18:23:31.018225+00', 'Li Wei', 'create', 'plan', 1, '{}', '{"anchor_date":"","items":[{"title_en":"Weihai–Ube online youth exchange for the 30th anniversary","title_zh":"威海—宇部结好30周年青少年线上交流","kind":"youth","format":"online","start_date":"2022-04-01","end_date":"2022-04-01","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-04-03","spec":"online_youth_exchange","rationale":"Target 2022-04-03 (Sunday): 45 days before the anniversary (2022-05-18). Moved from 2022-04-03: no meeting time falls on a working day in both cities: Sunday (JP) and Qingming Festival break (CN); placed on 2022-04-01 (Friday), 2 days earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"TV feature: Weihai and Ube, 30 years of friendship","title_zh":"威海—宇部结好30周年电视专题节目","kind":"media","format":"in_person","start_date":"2022-05-06","end_date":"2022-05-06","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-04","spec":"tv_feature","rationale":"Target 2022-05-04 (Wednesday): 14 days before the anniversary (2022-05-18). Moved from 2022-05-04: Greenery Day (JP) and Labour Day break (CN); placed on 2022-05-06 (Friday), 2 days later."},{"title_en":"Ube photo exhibition for the 30th anniversary","title_zh":"威海—宇部结好30周年图片展","kind":"culture","format":"in_person","start_date":"2022-05-09","end_date":"2022-05-29","duration_days":21,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-08","spec":"photo_exhibition","rationale":"Target 2022-05-08 (Sunday): 10 days before the anniversary (2022-05-18). Moved from 2022-05-08: Sunday (JP, CN); placed on 2022-05-09 (Monday), 1 day later."},{"title_en":"Commemorative album: 30 years of Weihai–Ube friendship","title_zh":"威海—宇部结好30周年纪念画册","kind":"media","format":"in_person","start_date":"2022-05-16","end_date":"2022-05-16","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-15","spec":"commemorative_publication","rationale":"Target 2022-05-15 (Sunday): 3 days before the anniversary (2022-05-18). Moved from 2022-05-15: Sunday (JP, CN); placed on 2022-05-16 (Monday), 1 day later."},{"title_en":"Commemorative ceremony for the 30th anniversary of Weihai–Ube sister-city relationship","title_zh":"威海—宇部结好30周年纪念仪式","kind":"ceremony","format":"in_person","start_date":"2022-05-18","end_date":"2022-05-18","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":true,"target_date":"2022-05-18","spec":"ceremony","rationale":"Flagship on the 30th anniversary, 2022-05-18 (Wednesday), a working day in CN and JP."},{"title_en":"Weihai–Ube friendship performance for the 30th anniversary","title_zh":"威海—宇部结好30周年文艺演出","kind":"culture","format":"in_person","start_date":"2022-05-19","end_date":"2022-05-19","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-19","spec":"cultural_performance","rationale":"Target 2022-05-19 (Thursday): 1 day after the anniversary (2022-05-18). Placed on target."},{"title_en":"Weihai–Ube economic and trade forum","title_zh":"威海—宇部结好30周年经贸合作交流会","kind":"economy","format":"in_person","start_date":"2022-06-17","end_date":"2022-06-17","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-06-17","spec":"economic_forum","rationale":"Target 2022-06-17 (Friday): 30 days after the anniversary (2022-05-18). Placed on target."},{"title_en":"Weihai delegation visit to Ube for the 30th anniversary","title_zh":"威海代表团访问宇部（威海—宇部结好30周年）","kind":"official_visit","format":"in_person","start_date":"2022-08-01","end_date":"2022-08-03","duration_days":3,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-08-01","spec":"delegation_visit","rationale":"Target 2022-08-01 (Monday): 75 days after the anniversary (2022-05-18). Placed on target. Every day of the visit is a working day in CN and JP."}],"partnership_id":1,"status":"draft","template":"anniversary_series","title_en":"30th anniversary of Weihai–Ube sister-city relationship: series of events","title_zh":"威海—宇部结好30周年系列活动","warnings":[],"year":2022}'),
	(109, '2026-12-06 18:23:31.0334+00', 'Li Wei', 'create', 'event', 37, '{}', '{"description":"Target 2022-05-15 (Sunday): 3 days before the anniversary (2022-05-18). Moved from 2022-05-15: Sunday (JP, CN); placed on 2022-05-16 (Monday), 1 day later.","end_date":"2022-05-16","format":"in_person","kind":"media","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-05-16","start_time":"","status":"planned","timezone":"","title_en":"Commemorative album: 30 years of Weihai–Ube friendship","title_zh":"威海—宇部结好30周年纪念画册"}'),
	(110, '2026-12-06 18:23:31.034396+00', 'Li Wei', 'create', 'event', 38, '{}', '{"description":"Flagship on the 30th anniversary, 2022-05-18 (Wednesday), a working day in CN and JP.","end_date":"2022-05-18","format":"in_person","kind":"ceremony","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-05-18","start_time":"","status":"planned","timezone":"","title_en":"Commemorative ceremony for the 30th anniversary of Weihai–Ube sister-city relationship","title_zh":"威海—宇部结好30周年纪念仪式"}'),
	(111, '2026-12-06 18:23:31.035451+00', 'Li Wei', 'create', 'event', 39, '{}', '{"description":"Target 2022-05-19 (Thursday): 1 day after the anniversary (2022-05-18). Placed on target.","end_date":"2022-05-19","format":"in_person","kind":"culture","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-05-19","start_time":"","status":"planned","timezone":"","title_en":"Weihai–Ube friendship performance for the 30th anniversary","title_zh":"威海—宇部结好30周年文艺演出"}'),
	(112, '2026-12-06 18:23:31.036436+00', 'Li Wei', 'create', 'event', 40, '{}', '{"description":"Target 2022-06-17 (Friday): 30 days after the anniversary (2022-05-18). Placed on target.","end_date":"2022-06-17","format":"in_person","kind":"economy","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-06-17","start_time":"","status":"planned","timezone":"","title_en":"Weihai–Ube economic and trade forum","title_zh":"威海—宇部结好30周年经贸合作交流会"}'),
	(113, '2026-12-06 18:23:31.037566+00', 'Li Wei', 'create', 'event', 41, '{}', '{"description":"Target 2022-08-01 (Monday): 75 days after the anniversary (2022-05-18). Placed on target. Every day of the visit is a working day in CN and JP.","end_date":"2022-08-03","format":"in_person","kind":"official_visit","location":"","organizer":"","participants":null,"partner_ids":[1],"plan_id":1,"sources":null,"start_date":"2022-08-01","start_time":"","status":"planned","timezone":"","title_en":"Weihai delegation visit to Ube for the 30th anniversary","title_zh":"威海代表团访问宇部（威海—宇部结好30周年）"}'),
	(114, '2026-12-06 18:23:31.038476+00', 'Li Wei', 'update', 'plan', 1, '{"status":"draft"}', '{"status":"adopted"}'),
	(115, '2026-12-06 18:23:31.102915+00', 'Li Wei', 'create', 'plan', 2, '{}', '{"anchor_date":"","items":[{"title_en":"Weihai–Timaru cloud dialogue 2023","title_zh":"威海—蒂马鲁友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-01-13","end_date":"2023-01-13","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[19],"partnership_id":19,"flagship":false,"target_date":"2023-01-15","spec":"cloud_dialogue","rationale":"Spread over the year: January had the fewest items (1) when this item was placed; target 2023-01-15. Moved from 2023-01-15: no meeting time falls on a working day in both cities: Sunday (NZ, CN); placed on 2023-01-13 (Friday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 15:00–16:00 Pacific/Auckland (Timaru, UTC+13:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–12:00 Weihai time that day."},{"title_en":"Weihai–Jeju City cloud dialogue 2023","title_zh":"威海—济州友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-01-16","end_date":"2023-01-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[10],"partnership_id":10,"flagship":false,"target_date":"2023-01-15","spec":"cloud_dialogue","rationale":"Spread over the year: January had the fewest items (0) when this item was placed; target 2023-01-15. Moved from 2023-01-15: no meeting time falls on a working day in both cities: Sunday (KR, CN); placed on 2023-01-16 (Monday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Jeju City, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Izumisano cloud dialogue 2023","title_zh":"威海—泉佐野友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-02-14","end_date":"2023-02-14","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[20],"partnership_id":20,"flagship":false,"target_date":"2023-02-15","spec":"cloud_dialogue","rationale":"Spread over the year: February had the fewest items (1) when this item was placed; target 2023-02-15. Moved from 2023-02-15: another item of the programme starts that day; placed on 2023-02-14 (Tuesday), 1 day earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Izumisano, UTC+09:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Yeosu cloud dialogue 2023","title_zh":"威海—丽水友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-02-15","end_date":"2023-02-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[5],"partnership_id":5,"flagship":false,"target_date":"2023-02-15","spec":"cloud_dialogue","rationale":"Spread over the year: February had the fewest items (0) when this item was placed; target 2023-02-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Yeosu, UTC+09:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Shandong Province–Brittany cloud dialogue 2023","title_zh":"山东省—布列塔尼大区友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-03-14","end_date":"2023-03-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[23],"partnership_id":23,"flagship":false,"target_date":"2023-03-15","spec":"cloud_dialogue","rationale":"Spread over the year: March had the fewest items (1) when this item was placed; target 2023-03-15. Moved from 2023-03-15: another item of the programme starts that day; placed on 2023-03-14 (Tuesday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Shandong Province) = 09:00–10:00 Europe/Paris (Brittany, UTC+01:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Sochi cloud dialogue 2023","title_zh":"威海—索契友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-03-15","end_date":"2023-03-15","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[6],"partnership_id":6,"flagship":false,"target_date":"2023-03-15","spec":"cloud_dialogue","rationale":"Spread over the year: March had the fewest items (0) when this item was placed; target 2023-03-15. Placed on target. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Moscow (Sochi, UTC+03:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Shandong Province–Scotland cloud dialogue 2023","title_zh":"山东省—苏格兰友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-04-13","end_date":"2023-04-13","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[24],"partnership_id":24,"flagship":false,"target_date":"2023-04-15","spec":"cloud_dialogue","rationale":"Spread over the year: April had the fewest items (1) when this item was placed; target 2023-04-15. Moved from 2023-04-15: no meeting time falls on a working day in both cities: Saturday (GB-SCT, CN); placed on 2023-04-13 (Thursday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 16:00–17:00 Asia/Shanghai (Shandong Province) = 09:00–10:00 Europe/London (Scotland, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Sergiev Posad cloud dialogue 2023","title_zh":"威海—谢尔吉耶夫友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-04-14","end_date":"2023-04-14","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[11],"partnership_id":11,"flagship":false,"target_date":"2023-04-15","spec":"cloud_dialogue","rationale":"Spread over the year: April had the fewest items (0) when this item was placed; target 2023-04-15. Moved from 2023-04-15: no meeting time falls on a working day in both cities: Saturday (RU, CN); placed on 2023-04-14 (Friday), 1 day earlier. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Moscow (Sergiev Posad, UTC+03:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Ube cloud dialogue 2023","title_zh":"威海—宇部友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-05-15","end_date":"2023-05-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2023-05-15","spec":"cloud_dialogue","rationale":"Spread over the year: May had the fewest items (0) when this item was placed; target 2023-05-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Shandong Province–Sarawak cloud dialogue 2023","title_zh":"山东省—沙捞越州友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-05-16","end_date":"2023-05-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[25],"partnership_id":25,"flagship":false,"target_date":"2023-05-15","spec":"cloud_dialogue","rationale":"Spread over the year: May had the fewest items (1) when this item was placed; target 2023-05-15. Moved from 2023-05-15: another item of the programme starts that day; placed on 2023-05-16 (Tuesday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Shandong Province) = 10:00–11:00 Asia/Kuching (Sarawak, UTC+08:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Shandong Province time that day."},{"title_en":"Shandong Province–Association of North East Asia Regional Governments (NEAR) cloud dialogue 2023","title_zh":"山东省—东北亚地区地方政府联合会友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-06-14","end_date":"2023-06-14","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[26],"partnership_id":26,"flagship":false,"target_date":"2023-06-15","spec":"cloud_dialogue","rationale":"Spread over the year: June had the fewest items (1) when this item was placed; target 2023-06-15. Moved from 2023-06-15: another item of the programme starts that day; placed on 2023-06-14 (Wednesday), 1 day earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Shandong Province) = 10:00–11:00 Asia/Shanghai (Association of North East Asia Regional Governments (NEAR), UTC+08:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Lancaster cloud dialogue 2023","title_zh":"威海—兰卡斯特友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-06-15","end_date":"2023-06-15","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[3],"partnership_id":3,"flagship":false,"target_date":"2023-06-15","spec":"cloud_dialogue","rationale":"Spread over the year: June had the fewest items (0) when this item was placed; target 2023-06-15. Placed on target. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 09:00–10:00 Europe/London (Lancaster, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Weihai time that day."},{"title_en":"Weihai–Shanghai Cooperation Organisation (SCO) cloud dialogue 2023","title_zh":"威海—上海合作组织友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-07-13","end_date":"2023-07-13","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[27],"partnership_id":27,"flagship":false,"target_date":"2023-07-15","spec":"cloud_dialogue","rationale":"Spread over the year: July had the fewest items (1) when this item was placed; target 2023-07-15. Moved from 2023-07-15: no meeting time falls on a working day in both cities: Saturday (—, CN); placed on 2023-07-13 (Thursday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 10:00–11:00 Asia/Shanghai (Shanghai Cooperation Organisation (SCO), UTC+08:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Weihai time that day."},{"title_en":"Weihai–Santa Barbara cloud dialogue 2023","title_zh":"威海—圣巴巴拉友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-07-14","end_date":"2023-07-14","start_time":"08:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[4],"partnership_id":4,"flagship":false,"target_date":"2023-07-15","spec":"cloud_dialogue","rationale":"Spread over the year: July had the fewest items (0) when this item was placed; target 2023-07-15. Moved from 2023-07-15: no meeting time falls on a working day in both cities: Saturday (US, CN); placed on 2023-07-14 (Friday), 1 day earlier. Online, 60 min, 08:00–09:00 Asia/Shanghai (Weihai) = 17:00–18:00 America/Los_Angeles (Santa Barbara, UTC-07:00, Thursday): the cities'' 09:00–17:00 working hours do not overlap that day; this time keeps the meeting least outside them (60 min before 09:00 in Weihai, 60 min after 17:00 in Santa Barbara)."},{"title_en":"Weihai–Turda cloud dialogue 2023","title_zh":"威海—图尔达友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-08-14","end_date":"2023-08-14","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[12],"partnership_id":12,"flagship":false,"target_date":"2023-08-15","spec":"cloud_dialogue","rationale":"Spread over the year: August had the fewest items (0) when this item was placed; target 2023-08-15. Moved from 2023-08-15: no meeting time falls on a working day in both cities: Assumption Day (RO); placed on 2023-08-14 (Monday), 1 day earlier. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Bucharest (Turda, UTC+03:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Ouakam cloud dialogue 2023","title_zh":"威海—瓦卡姆友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-09-15","end_date":"2023-09-15","start_time":"16:30","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[13],"partnership_id":13,"flagship":false,"target_date":"2023-09-15","spec":"cloud_dialogue","rationale":"Spread over the year: September had the fewest items (0) when this item was placed; target 2023-09-15. Placed on target. Online, 60 min, 16:30–17:30 Asia/Shanghai (Weihai) = 08:30–09:30 Africa/Dakar (Ouakam, UTC+00:00, Friday): the cities'' 09:00–17:00 working hours do not overlap that day; this time keeps the meeting least outside them (30 min after 17:00 in Weihai, 30 min before 09:00 in Ouakam)."},{"title_en":"Weihai–Novopolotsk cloud dialogue 2023","title_zh":"威海—新波洛茨克友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-10-13","end_date":"2023-10-13","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[15],"partnership_id":15,"flagship":false,"target_date":"2023-10-15","spec":"cloud_dialogue","rationale":"Spread over the year: October had the fewest items (1) when this item was placed; target 2023-10-15. Moved from 2023-10-15: no meeting time falls on a working day in both cities: Sunday (BY, CN); placed on 2023-10-13 (Friday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Minsk (Novopolotsk, UTC+03:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Gunsan cloud dialogue 2023","title_zh":"威海—群山友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-10-16","end_date":"2023-10-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[7],"partnership_id":7,"flagship":false,"target_date":"2023-10-15","spec":"cloud_dialogue","rationale":"Spread over the year: October had the fewest items (0) when this item was placed; target 2023-10-15. Moved from 2023-10-15: no meeting time falls on a working day in both cities: Sunday (KR, CN); placed on 2023-10-16 (Monday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Gunsan, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Mykolaiv cloud dialogue 2023","title_zh":"威海—尼古拉耶夫友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-11-14","end_date":"2023-11-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[17],"partnership_id":17,"flagship":false,"target_date":"2023-11-15","spec":"cloud_dialogue","rationale":"Spread over the year: November had the fewest items (1) when this item was placed; target 2023-11-15. Moved from 2023-11-15: another item of the programme starts that day; placed on 2023-11-14 (Tuesday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Kyiv (Mykolaiv, UTC+02:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 15:00–17:00 Weihai time that day."},{"title_en":"Weihai–Hwaseong cloud dialogue 2023","title_zh":"威海—华城友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-11-15","end_date":"2023-11-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[8],"partnership_id":8,"flagship":false,"target_date":"2023-11-15","spec":"cloud_dialogue","rationale":"Spread over the year: November had the fewest items (0) when this item was placed; target 2023-11-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Hwaseong, UTC+09:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Sousse cloud dialogue 2023","title_zh":"威海—苏塞友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-12-14","end_date":"2023-12-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[18],"partnership_id":18,"flagship":false,"target_date":"2023-12-15","spec":"cloud_dialogue","rationale":"Spread over the year: December had the fewest items (1) when this item was placed; target 2023-12-15. Moved from 2023-12-15: another item of the programme starts that day; placed on 2023-12-14 (Thursday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 09:00–10:00 Africa/Tunis (Sousse, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Weihai time that day."},{"title_en":"Weihai–Suseong District cloud dialogue 2023","title_zh":"威海—寿城区友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-12-15","end_date":"2023-12-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[9],"partnership_id":9,"flagship":false,"target_date":"2023-12-15","spec":"cloud_dialogue","rationale":"Spread over the year: December had the fewest items (0) when this item was placed; target 2023-12-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Suseong District, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."}],"partnership_id":null,"status":"draft","template":"annual_program","title_en":"Weihai international exchange programme 2023","title_zh":"威海2023年国际友城交流计划","warnings":["Santa Barbara: the 30th anniversary falls in 2023 but its day is unknown (origin 1993), so it gets a regular exchange, not a series; generate anniversary_series with anchor_date for it.","Hwaseong: the 15th anniversary falls in 2023 but its day is unknown (origin 2008), so it gets a regular exchange, not a series; generate anniversary_series with anchor_date for it.","Holiday data for SN in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Holiday data for TN in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Holiday data for MY in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Association of North East Asia Regional Governments (NEAR) has no time zone; its online items are timed in Shandong Province''s zone (Asia/Shanghai).","Association of North East Asia Regional Governments (NEAR) has no country: only Saturdays and Sundays count as days off on its side.","Shanghai Cooperation Organisation (SCO) has no time zone; its online items are timed in Weihai''s zone (Asia/Shanghai).","Shanghai Cooperation Organisation (SCO) has no country: only Saturdays and Sundays count as days off on its side.","Weihai–Santa Barbara \"Weihai–Santa Barbara cloud dialogue 2023\" on 2023-07-14: the cities'' working hours do not overlap that day; 60 min before 09:00 in Weihai, 60 min after 17:00 in Santa Barbara.","Weihai–Ouakam \"Weihai–Ouakam cloud dialogue 2023\" on 2023-09-15: the cities'' working hours do not overlap that day; 30 min after 17:00 in Weihai, 30 min before 09:00 in Ouakam."],"year":2023}'),
	(116, '2026-12-06 18:23:31.119603+00', 'Li Wei', 'create', 'feed', 1, '{}', '{"country":"JP","name":"Japan desk","partner_id":null}'),
	(117, '2026-12-06 18:23:31.133939+00', 'Li Wei', 'create', 'feed', 2, '{}', '{"country":"","name":"Old feed","partner_id":null}'),
	(118, '2026-12-06 18:23:31.148253+00', 'Admin Wang', 'delete', 'feed', 2, '{"revoked":false}', '{"revoked":true}'),
	(119, '2026-12-06 18:23:31.164889+00', 'Admin Wang', 'delete', 'event', 3, '{"description":"Continued series of events for the China–Korea Cultural Exchange Year, running through the year (presumably the 2021–2022 China–ROK Year of Cultural Exchange; not verified). Work plan section 二: ''持续开展“中韩文化交流年”系列活动''. Linked to Weihai''s Korean partners of 2022 (Jeju City joined only in 2023). The plan gives no date (status idea, year 2022).","end_date":"","format":"in_person","kind":"culture","location":"","organizer":"Weihai FAO","participants":null,"partner_ids":[5,7,8,9],"plan_id":null,"sources":[{"note":"Weihai FAO 2022 work plan, section 二: ''持续开展“中韩文化交流年”系列活动''"}],"start_date":"2022","start_time":"","status":"idea","timezone":"","title_en":"China–Korea Cultural Exchange Year series","title_zh":"“中韩文化交流年”系列活动"}', '{}');


--
-- Data for Name: commemorations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.commemorations VALUES
	(1, 1, '2026-12-06 18:23:30.738505+00', '2026-12-06 18:23:30.738505+00', 'China–Japan diplomatic normalization', '中日邦交正常化', '1972-09-29', 1972, 929, 'JP', NULL, 'confirmed', '[{"url":"https://en.wikipedia.org/wiki/Japan%E2%80%93China_Joint_Communiqu%C3%A9","note":"Signed 29 September 1972 in Beijing"},{"url":"http://en.wikisource.org/wiki/Joint_Communique_of_the_Government_of_Japan_and_the_Government_of_the_People''s_Republic_of_China","note":"Text dated September 29, 1972"},{"url":"http://china.org.cn/english/features/47636.htm","note":"Joint communiqué issued Sept 29, 1972"}]', 'Joint Communiqué signed in Beijing on 1972-09-29 (中日联合声明). CONFLICT (minor): a 2020 Wikipedia mirror (kiwix) gives ''September 27'', which is wrong: 27 Sept was the Mao–Tanaka meeting. 2022 = 50th anniversary (the work plan: 我省庆祝中日邦交正常化 50 周年).'),
	(2, 1, '2026-12-06 18:23:30.739679+00', '2026-12-06 18:23:30.739679+00', 'China–UK ambassadorial relations', '中英互换大使', '1972-03-13', 1972, 313, 'GB', NULL, 'confirmed', '[{"url":"https://en.wikisource.org./wiki/China_and_UK_joint_communiqu%C3%A9_concerning_upgraded_diplomatic_relations_1972","note":"Representatives raised ''from charges d''affaires to ambassadors as from March 13, 1972''"},{"url":"https://zh.wikisource.org/wiki/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%92%8C%E5%A4%A7%E4%B8%8D%E5%88%97%E9%A2%A0%E5%8F%8A%E5%8C%97%E7%88%B1%E5%B0%94%E5%85%B0%E8%81%94%E5%90%88%E7%8E%8B%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E4%BA%92%E6%8D%A2%E5%A4%A7%E4%BD%BF%E7%9A%84%E8%81%94%E5%90%88%E5%85%AC%E6%8A%A5","note":"Chinese text signed 一九七二年三月十三日于北京"}]', 'Joint communiqué on the exchange of ambassadors (中英关于互换大使的联合公报), signed in Beijing 1972-03-13: an UPGRADE of existing chargé-d''affaires-level relations, not their establishment (the earlier date was not researched). The work plan''s ''中英建交 50 周年'' (2022) refers to this date.'),
	(3, 1, '2026-12-06 18:23:30.740302+00', '2026-12-06 18:23:30.740302+00', 'China–ROK diplomatic relations', '中韩建交', '1992-08-24', 1992, 824, 'KR', NULL, 'confirmed', '[{"url":"https://megalodon.jp/ref/2024-0810-0655-30/https://www.nytimes.com:443/1992/08/24/world/chinese-and-south-koreans-formally-establish-relations.html","note":"NYT 1992-08-24: relations formally established ''this morning''"},{"url":"http://en.people.cn/n3/2022/0825/c90000-10139485.html","note":"Xinhua: established Aug. 24, 1992; 30th anniversary reception 2022"},{"url":"https://www.koreaherald.com/view.php?ud=20230719000482","note":"Normalized ties on Aug. 24, 1992"}]', 'Established 1992-08-24; 2022 = 30th anniversary. The work plan''s ''中韩文化交流年'' is presumably the 2021–2022 China–ROK Year of Cultural Exchange (seen only in a weak Korean source, not verified).'),
	(4, 1, '2026-12-06 18:23:30.74092+00', '2026-12-06 18:23:30.74092+00', 'China–France diplomatic relations', '中法建交', '1964-01-27', 1964, 127, 'FR', NULL, 'confirmed', '[{"url":"https://fr.hujiang.com/new/p138812/","note":"Joint communiqué published simultaneously in Beijing and Paris on 27 January 1964"},{"url":"http://huaren.haiwainet.cn/n/2013/0428/c232657-18563814.html","note":"1964年1月27日 joint communiqué"}]', 'Joint communiqué published simultaneously in Beijing and Paris on 1964-01-27. No conflict.'),
	(5, 1, '2026-12-06 18:23:30.741574+00', '2026-12-06 18:23:30.741574+00', 'China–USSR diplomatic relations', '中苏建交', '1949-10-02', 1949, 1002, 'RU', NULL, 'likely', '[{"url":"http://www.zhzky.com/news/?4427.html","note":"Gromyko''s note deciding to establish relations, dated 1949-10-02 21:45 (Xinhua, 3 Oct 1949)"},{"url":"https://lw33.cn/article/73513ad2b1bee9453f482092.html","note":"Li Jingjie (CASS): USSR recognized the PRC on 1949-10-02"},{"url":"https://12371.cn/2021/10/03/VIDE1633224120531812.shtml","note":"''1949年10月3日，中苏建立大使级外交关系'' (Zhou Enlai''s reply of 3 Oct)"}]', 'TWO DATES IN USE: 1949-10-02 (Soviet note by Gromyko deciding to establish relations / recognition of the PRC; the commonly cited date, stored here) and 1949-10-03 (Zhou Enlai''s reply; 12371.cn gives ''1949年10月3日，中苏建立大使级外交关系''). Country RU: the Russian Federation is the USSR''s continuator (the USSR''s former code SU is no longer an assigned ISO 3166-1 code); Russia counts its relations with the PRC from 1949.'),
	(6, 1, '2026-12-06 18:23:30.742197+00', '2026-12-06 18:23:30.742197+00', 'China''s recognition of the Russian Federation', '中国承认俄罗斯联邦', '1991-12-27', 1991, 1227, 'RU', NULL, 'likely', '[{"url":"http://studysco.euroasia.cssn.cn/shzl/dsj/201309/t20130922_422645.html","note":"CASS chronology: 1991-12-27 Qian Qichen telegram recognizing the Russian Federation government; talks in Moscow"},{"url":"http://www.hprc.org.cn/gsyj/yjjg/zggsyjxh_1/gsnhlw_1/wuguoshixslwj/200906/t20090629_3950779.html","note":"1991-12-27 recognition telegram; ambassador Wang Jinqing re-accredited"},{"url":"http://zjwz.cnepaper.com/epaper/h5/html5/2025-02/25/content_145545_1887082.htm","note":"Russian-authored memoir excerpt: deputy FMs signed the minutes (会谈纪要) on 12-29"}]', 'Qian Qichen''s telegram of 1991-12-27 recognizing the Russian Federation government as the USSR''s continuator (中俄关系继承); ambassador Wang Jinqing re-accredited. The date the deputy foreign ministers signed the minutes (会谈纪要) is disputed: 27 vs 29 Dec 1991 (a Russian-authored memoir says 29th). Russia counts its relations with the PRC from 1949.'),
	(7, 1, '2026-12-06 18:23:30.742748+00', '2026-12-06 18:23:30.742748+00', 'China–Ukraine diplomatic relations', '中乌建交', '1992-01-04', 1992, 104, 'UA', NULL, 'confirmed', '[{"url":"https://wikiwand.com/zh-tw/articles/中國—烏克蘭關係","note":"Established 4 January 1992"},{"url":"https://www.70thvictory.com.tw/jintian/01-04/19921518.htm","note":"1992年1月4日 establishment"}]', 'Established 1992-01-04. No conflict. 2022 = 30th anniversary.'),
	(8, 1, '2026-12-06 18:23:30.743287+00', '2026-12-06 18:23:30.743287+00', 'China–Belarus diplomatic relations', '中白建交', '1992-01-20', 1992, 120, 'BY', NULL, 'confirmed', '[{"url":"https://www.chinanews.com.cn/gj/zlk/2014/01-16/348_2.shtml","note":"MFA-style country profile: ''1992年1月20日建交''"},{"url":"https://www.hankyung.com/news/article/1992012100531","note":"Hankyung 1992-01-21: agreement signed in Beijing on the 20th"}]', 'Agreement signed in Beijing on 1992-01-20. No conflict. 2022 = 30th anniversary.'),
	(9, 1, '2026-12-06 18:23:30.744064+00', '2026-12-06 18:23:30.744064+00', 'Shandong–Brittany friendly relations', '山东省与布列塔尼大区结好', '1985-10', 1985, 1000, 'FR', 23, 'confirmed', '[{"url":"http://www.chinatoday.com.cn/ctfrench/2018/zfq/202007/t20200702_800212507.html","note":"Protocol signed in Jinan, October 1985"},{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}]', 'Friendship protocol (山东省—布列塔尼大区友好关系) signed in Jinan in October 1985; day not given. Provincial-level ties; background to the 2022 work plan''s 山东省—布列塔尼大区线上直通车. A Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu.'),
	(10, 1, '2026-12-06 18:23:30.749287+00', '2026-12-06 18:23:30.749287+00', 'Shandong–Yamaguchi friendly relations', '山东省与山口县结好', '1982', 1982, 0, 'JP', NULL, 'confirmed', '[{"url":"https://www.pref.yamaguchi.lg.jp/foreign/english/i-exchange.html","note":"Sister ties with Shandong in 1982"},{"url":"http://www.city.ube.yamaguchi.jp/shisei/keikaku/kokusai/yuukou/keii.html","note":"1982年の山口県と山東省の友好都市締結"}]', 'Sister ties between Shandong Province and Yamaguchi Prefecture (山东省—山口县友好关系), 1982 (year only). Background to the Ube–Weihai link (Ube is in Yamaguchi Prefecture). No Yamaguchi Prefecture partner is seeded (the 2022 work plan names no Shandong–Yamaguchi activity), so no partner_key.'),
	(11, 1, '2026-12-06 18:23:30.749846+00', '2026-12-06 18:23:30.749846+00', 'Association of North East Asia Regional Governments (NEAR)', '东北亚地区地方政府联合会成立', '1996-09-12', 1996, 912, '', 26, 'confirmed', '[{"url":"http://neargov.org/en/page.jsp?mnu_uid=2829\u0026","note":"Charter ''Establishment September 12, 1996''"},{"url":"https://issuu.com./neargov/docs/near_news_vol.50__eng_","note":"Founded Sept 1996 in Gyeongju, South Korea"}]', 'Date is the founding of the organization. Charter: ''Establishment September 12, 1996''; founded in Gyeongju, South Korea. Founding date of the organization; Shandong''s own accession date was not researched.'),
	(12, 1, '2026-12-06 18:23:30.750884+00', '2026-12-06 18:23:30.750884+00', 'Shanghai Cooperation Organisation (SCO)', '上海合作组织成立', '2001-06-15', 2001, 615, '', 27, 'confirmed', '[{"url":"http://en.kremlin.ru/events/president/news/41570","note":"Declaration on establishment signed in Shanghai"},{"url":"https://cis-legislation.com/document.fwx?rgn=3867","note":"Declaration dated June 15, 2001"}]', 'Date is the founding of the organization: Declaration on the establishment of the SCO signed in Shanghai, dated 2001-06-15.'),
	(13, 1, '2026-12-06 18:23:30.953081+00', '2026-12-06 18:23:30.953081+00', 'Founding of Naruto', '鸣门建市', '1948-04', 1948, 400, 'JP', NULL, 'confirmed', NULL, '');


--
-- Data for Name: event_partners; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event_partners VALUES
	(1, 1),
	(2, 1),
	(2, 20),
	(5, 2),
	(5, 3),
	(7, 16),
	(7, 3),
	(7, 2),
	(8, 16),
	(8, 3),
	(8, 2),
	(9, 16),
	(9, 3),
	(9, 2),
	(10, 6),
	(11, 17),
	(11, 15),
	(12, 14),
	(13, 23),
	(14, 24),
	(15, 25),
	(16, 26),
	(16, 27),
	(23, 6),
	(23, 14),
	(23, 15),
	(23, 2),
	(23, 1),
	(23, 20),
	(23, 5),
	(23, 7),
	(23, 8),
	(23, 9),
	(24, 6),
	(25, 14),
	(26, 15),
	(27, 2),
	(28, 1),
	(28, 20),
	(29, 5),
	(29, 7),
	(29, 8),
	(29, 9),
	(32, 23),
	(33, 1),
	(34, 1),
	(35, 1),
	(36, 1),
	(37, 1),
	(38, 1),
	(39, 1),
	(40, 1),
	(41, 1);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES
	(1, 1, '2026-12-06 18:23:30.751997+00', '2026-12-06 18:23:30.751997+00', 'Weihai–Ube 30th anniversary series', '与宇部结好30周年系列活动', 'ceremony', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'A series of events for the 30th anniversary of the Weihai–Ube sister-city relationship (agreement signed 1992-05-18). Work plan section 二: ''策划举办与宇部结好 30 周年系列活动''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''策划举办与宇部结好 30 周年系列活动''"}]'),
	(2, 1, '2026-12-06 18:23:30.754727+00', '2026-12-06 18:23:30.754727+00', 'Participation in Shandong''s celebrations of the 50th anniversary of China–Japan normalization', '参与我省庆祝中日邦交正常化50周年对日友好交流活动', 'ceremony', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO participates)', 'Weihai takes part in Shandong Province''s friendship-exchange activities with Japan marking the 50th anniversary of China–Japan diplomatic normalization (1972-09-29). Work plan section 二: ''积极参与我省庆祝中日邦交正常化 50 周年等对日友好交流活动''. Linked to Weihai''s Japanese partners; the plan does not say which partners take part. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与我省庆祝中日邦交正常化 50 周年等对日友好交流活动''"}]'),
	(4, 1, '2026-12-06 18:23:30.757575+00', '2026-12-06 18:23:30.757575+00', 'Compiling the book ''Chaoqi Jinqiao'' on Weihai–Korea ties', '编撰《潮起金桥》', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Compilation of the book 《潮起金桥》 (''The Tide Rises on the Golden Bridge'') to promote people-to-people bonds between Weihai and Korea. Work plan section 二: ''编撰《潮起金桥》，促进威韩民心相通''. Not tied by the plan to a particular partner city. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''编撰《潮起金桥》，促进威韩民心相通''"}]'),
	(5, 1, '2026-12-06 18:23:30.758458+00', '2026-12-06 18:23:30.758458+00', 'Participation in the celebrations of the 50th anniversary of China–UK ambassadorial relations', '参与中英建交50周年庆祝活动', 'ceremony', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', '', 'Weihai takes part in the celebrations of the 50th anniversary of China–UK relations at ambassador level (joint communiqué of 1972-03-13; the plan says 中英建交). Work plan section 二: ''积极参与中英建交 50 周年庆祝活动''; part of building Weihai as a ''model city for exchanges and cooperation with the UK'' (对英交流合作典范城市). Linked to Weihai''s UK partners; the plan does not say which take part. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与中英建交 50 周年庆祝活动、山东—英国商贸对话会等对英交流活动''"}]'),
	(6, 1, '2026-12-06 18:23:30.759414+00', '2026-12-06 18:23:30.759414+00', 'Shandong–UK Business Dialogue', '山东—英国商贸对话会', 'economy', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO participates)', 'Participation in the provincial Shandong–UK business dialogue. Work plan section 二: ''积极参与……山东—英国商贸对话会等对英交流活动''. Format not stated in the plan. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''积极参与中英建交 50 周年庆祝活动、山东—英国商贸对话会等对英交流活动''"}]'),
	(7, 1, '2026-12-06 18:23:30.760442+00', '2026-12-06 18:23:30.760442+00', 'Youth exchanges with Lorient, Lancaster and Cheltenham', '与洛里昂、兰卡斯特、彻特纳姆开展青少年交流活动', 'youth', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Youth exchanges planned with European cities. Work plan section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' (the youth field). The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}]'),
	(8, 1, '2026-12-06 18:23:30.761587+00', '2026-12-06 18:23:30.761587+00', 'Cultural exchanges with Lorient, Lancaster and Cheltenham', '与洛里昂、兰卡斯特、彻特纳姆开展文化交流活动', 'culture', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Cultural exchanges planned with European cities. Work plan section 二: ''……策划开展青少年、文化、艺术等领域的交流活动'' (the culture field). The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}]'),
	(9, 1, '2026-12-06 18:23:30.762722+00', '2026-12-06 18:23:30.762722+00', 'Art exchanges with Lorient, Lancaster and Cheltenham', '与洛里昂、兰卡斯特、彻特纳姆开展艺术交流活动', 'culture', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Art exchanges planned with European cities. Work plan section 二: ''……策划开展青少年、文化、艺术等领域的交流活动'' (the art field). The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动''"}]'),
	(10, 1, '2026-12-06 18:23:30.763784+00', '2026-12-06 18:23:30.763784+00', 'Sports exchanges with Sochi on the occasion of the Beijing Winter Olympics', '以北京冬奥会为契机扩大与索契体育领域交流合作', 'sports', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Closer liaison with Sochi and wider sports exchanges with Russia, taking the Beijing Winter Olympics as the occasion. Work plan section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作''"}]'),
	(11, 1, '2026-12-06 18:23:30.764868+00', '2026-12-06 18:23:30.764868+00', 'Consolidating traditional friendship with Mykolaiv and Novopolotsk', '巩固与尼古拉耶夫市、新波洛茨克市等友城的传统友谊', 'other', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Contacts to consolidate the traditional friendship with the Belt and Road partner cities Mykolaiv (Ukraine) and Novopolotsk (Belarus). Work plan section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊''. No specific activity named. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊''"}]'),
	(12, 1, '2026-12-06 18:23:30.765906+00', '2026-12-06 18:23:30.765906+00', 'Liaison with Khabarovsk toward a new partnership', '加强与哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员', 'dialogue', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Closer communication with Khabarovsk, aiming to add a new Russian partner city. Work plan section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员''. (The twinning was eventually signed in Nov 2025.) Format not stated in the plan. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员''"}]'),
	(13, 1, '2026-12-06 18:23:30.767346+00', '2026-12-06 18:23:30.767346+00', 'Shandong–Brittany online express: promoting Weihai''s business environment', '借助山东省—布列塔尼大区线上直通车宣传推介威海营商环境', 'economy', 'idea', 'online', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO participates)', 'Using the provincial platform ''Shandong–Brittany online express'' to promote Weihai''s business environment. Work plan section 三: ''借助山东省—布列塔尼大区线上直通车……等省级平台宣传推介威海城市营商环境''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}]'),
	(14, 1, '2026-12-06 18:23:30.768392+00', '2026-12-06 18:23:30.768392+00', 'Shandong–Scotland online express: promoting Weihai''s business environment', '借助山东省—苏格兰大区线上直通车宣传推介威海营商环境', 'economy', 'idea', 'online', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO participates)', 'Using the provincial platform ''Shandong–Scotland online express'' to promote Weihai''s business environment. Work plan section 三: ''借助……山东省—苏格兰大区线上直通车……等省级平台宣传推介威海城市营商环境''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}]'),
	(15, 1, '2026-12-06 18:23:30.769428+00', '2026-12-06 18:23:30.769428+00', 'Shandong–Sarawak friendship-city round table', '山东—沙捞越州友城圆桌会', 'dialogue', 'idea', 'online', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO participates)', 'Using the provincial round table with Sarawak to promote Weihai''s business environment. Work plan section 三: ''借助……山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''. Format ''online'' follows the brief''s grouping with the two online platforms; the plan itself does not say the round table is online. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''借助山东省—布列塔尼大区线上直通车、山东省—苏格兰大区线上直通车、山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境''"}]'),
	(16, 1, '2026-12-06 18:23:30.770442+00', '2026-12-06 18:23:30.770442+00', 'Contacts with NEAR and the SCO', '强化与东北亚地方政府联合会、上合组织等国际组织沟通联系', 'dialogue', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Strengthening communication with international organizations to raise cooperation and the city''s profile. Work plan section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度''. Format not stated. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度''"}]'),
	(17, 1, '2026-12-06 18:23:30.771319+00', '2026-12-06 18:23:30.771319+00', 'Shandong–Osaka New Energy Industry Cooperation Seminar', '山东—大阪新能源产业合作研讨会', 'economy', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO organizes enterprises'' participation)', 'Organizing Weihai enterprises to take part in the provincial Shandong–Osaka seminar on new-energy industry cooperation, under the plan''s focus on marine and modern-agriculture cooperation. Work plan section 三: ''组织企业参与山东—大阪新能源产业合作研讨会''. No Osaka partner is seeded (Izumisano is in Osaka Prefecture but the plan does not link it). The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''重点围绕海洋、现代农业等领域合作，组织企业参与山东—大阪新能源产业合作研讨会、山东—九州智慧农业合作交流会等活动''"}]'),
	(18, 1, '2026-12-06 18:23:30.771946+00', '2026-12-06 18:23:30.771946+00', 'Shandong–Kyushu Smart Agriculture Cooperation and Exchange Meeting', '山东—九州智慧农业合作交流会', 'economy', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong Province (Weihai FAO organizes enterprises'' participation)', 'Organizing Weihai enterprises to take part in the provincial Shandong–Kyushu exchange meeting on smart-agriculture cooperation. Work plan section 三: ''组织企业参与……山东—九州智慧农业合作交流会等活动''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''重点围绕海洋、现代农业等领域合作，组织企业参与山东—大阪新能源产业合作研讨会、山东—九州智慧农业合作交流会等活动''"}]'),
	(19, 1, '2026-12-06 18:23:30.772547+00', '2026-12-06 18:23:30.772547+00', 'Latin America Bridge platform for enterprises', '发挥“拉美桥”平台作用', 'economy', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Making good use of the ''Latin America Bridge'' (拉美桥) platform to help enterprises expand into international markets. Work plan section 三: ''发挥好“拉美桥”平台作用，服务企业拓展国际市场''. An ongoing platform rather than a single event; no Latin American partner is seeded. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''发挥好“拉美桥”平台作用，服务企业拓展国际市场''"}]'),
	(20, 1, '2026-12-06 18:23:30.773181+00', '2026-12-06 18:23:30.773181+00', 'Promotion of the China–Korea FTA Local Economic Cooperation Demonstration Zone', '中韩自贸区地方经济合作示范区对接推介', 'economy', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Stepping up liaison and promotion for industrial parks such as the China–Korea FTA local economic cooperation demonstration zone, working with international partner cities and foreign chambers of commerce. Work plan section 三: ''积极对接国际友城、国外商协会组织等，加大中韩自贸区地方经济合作示范区等园区对接推介力度''. The plan names partner cities only in general. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 三: ''积极对接国际友城、国外商协会组织等，加大中韩自贸区地方经济合作示范区等园区对接推介力度，助力园区扩大国际合作''"}]'),
	(21, 1, '2026-12-06 18:23:30.773804+00', '2026-12-06 18:23:30.773804+00', 'Global Youth Partner Programme series', '全球青年伙伴计划系列活动', 'youth', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'A series of activities building youth partnerships between Chinese and foreign university students, with universities in Weihai. Work plan section 四: ''开展全球青年伙伴计划系列活动……联合驻威高校，动员中外大学生通过多种方式建立青年伙伴关系''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''开展全球青年伙伴计划系列活动。……联合驻威高校，动员中外大学生通过多种方式建立青年伙伴关系，增进相互了解和文化认同''"}]'),
	(22, 1, '2026-12-06 18:23:30.774386+00', '2026-12-06 18:23:30.774386+00', 'Participation in the province''s International Youth Exchange Year', '参与全省外事系统国际青少年交流年活动', 'youth', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Shandong foreign-affairs system (Weihai FAO participates)', 'Taking part in the International Youth Exchange Year activities of Shandong''s foreign-affairs system. Work plan section 四: ''积极参与全省外事系统国际青少年交流年活动''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''积极参与全省外事系统国际青少年交流年活动''"}]'),
	(23, 1, '2026-12-06 18:23:30.775421+00', '2026-12-06 18:23:30.775421+00', 'Partner-city cloud dialogues', '友城“云对话”活动', 'dialogue', 'idea', 'online', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Online ''cloud dialogues'' with partner cities, combined with the TV programme 《海这边 海那边》. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目''. Linked to the partners named for the programme; the plan does not list the dialogue partners separately. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(24, 1, '2026-12-06 18:23:30.776787+00', '2026-12-06 18:23:30.776787+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Sochi episode', '《海这边 海那边》电视专题节目：俄罗斯索契', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Sochi; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(25, 1, '2026-12-06 18:23:30.777761+00', '2026-12-06 18:23:30.777761+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Khabarovsk episode', '《海这边 海那边》电视专题节目：俄罗斯哈巴罗夫斯克', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Khabarovsk; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. Khabarovsk was not yet a partner in 2022 (twinning signed Nov 2025). The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(26, 1, '2026-12-06 18:23:30.77874+00', '2026-12-06 18:23:30.77874+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Novopolotsk episode', '《海这边 海那边》电视专题节目：白俄罗斯新波罗茨克', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Novopolotsk; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan writes 新波罗茨克 here. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(27, 1, '2026-12-06 18:23:30.779726+00', '2026-12-06 18:23:30.779726+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Cheltenham episode', '《海这边 海那边》电视专题节目：英国彻特纳姆', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Cheltenham; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(28, 1, '2026-12-06 18:23:30.780782+00', '2026-12-06 18:23:30.780782+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Japanese partner cities episode', '《海这边 海那边》电视专题节目：日本友城', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Japanese partner cities; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan says only ''日本友城''; linked to Ube and Izumisano, Weihai''s Japanese partners in 2022. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(29, 1, '2026-12-06 18:23:30.781882+00', '2026-12-06 18:23:30.781882+00', 'TV programme ''Hai Zhebian, Hai Nabian'' (This Side of the Sea, That Side of the Sea): Korean partner cities episode', '《海这边 海那边》电视专题节目：韩国友城', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'One episode of the TV feature programme 《海这边 海那边》 with Korean partner cities; the plan calls for at least five episodes (5 期以上), linked with the partner-city cloud dialogues. Work plan section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''. The plan says only ''韩国友城''; linked to Weihai''s Korean partners of 2022. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''结合友城“云对话”活动，策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目 5 期以上''"}]'),
	(30, 1, '2026-12-06 18:23:30.782801+00', '2026-12-06 18:23:30.782801+00', '''Weihai through Foreign Eyes'' report series', '“外眼看威海”系列报道', 'media', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'A series of reports presenting Weihai''s character and development from the viewpoint of influential foreign friends of the city. Work plan section 四: ''策划“外眼看威海”系列报道……用外国人视角宣传我市城市特色和经济社会发展成就''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 四: ''策划“外眼看威海”系列报道，挖潜我市具有较高影响力、知威友威爱威的外国友人资源，用外国人视角宣传我市城市特色和经济社会发展成就''"}]'),
	(31, 1, '2026-12-06 18:23:30.783428+00', '2026-12-06 18:23:30.783428+00', '''Consular Protection with You'' publicity campaign', '“领保伴你行”领事保护宣传活动', 'other', 'idea', 'in_person', '2022', NULL, '2022-01-01', '2022-12-31', true, '', '', '', 'Weihai FAO', 'Consular-protection publicity campaign. Work plan section 五: ''举办“领保伴你行”领事保护宣传活动''. The plan gives no date (status idea, year 2022).', NULL, NULL, '[{"note":"Weihai FAO 2022 work plan, section 五: ''举办“领保伴你行”领事保护宣传活动''"}]'),
	(32, 1, '2026-12-06 18:23:30.784262+00', '2026-12-06 18:23:30.784262+00', 'Opening of the Shandong–Brittany Exchange Year', '山东—布列塔尼交流年开幕', 'ceremony', 'done', 'in_person', '2022-06-27', '2022-06-27', '2022-06-27', '2022-06-27', false, '', '', 'Qufu, Shandong', '', 'The Shandong–Brittany Exchange Year opened on 2022-06-27 in Qufu (Beijing Review, French edition). Not an item of the Weihai work plan; recorded because a source dates it. Organizer, format and Weihai''s participation are not stated; the Chinese title is a translation, not an official name.', NULL, NULL, '[{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}]'),
	(33, 1, '2026-12-06 18:23:30.974997+00', '2026-12-06 18:23:30.974997+00', 'Online youth forum', '青少年线上论坛', 'youth', 'confirmed', 'online', '2022-06-15', '2022-06-15', '2022-06-15', '2022-06-15', false, '10:00', 'Asia/Tokyo', '', '', '', 40, NULL, NULL),
	(34, 1, '2026-12-06 18:23:31.02931+00', '2026-12-06 18:23:31.02931+00', 'Weihai–Ube online youth exchange for the 30th anniversary', '威海—宇部结好30周年青少年线上交流', 'youth', 'planned', 'online', '2022-04-01', '2022-04-01', '2022-04-01', '2022-04-01', false, '10:00', 'Asia/Shanghai', '', '', 'Target 2022-04-03 (Sunday): 45 days before the anniversary (2022-05-18). Moved from 2022-04-03: no meeting time falls on a working day in both cities: Sunday (JP) and Qingming Festival break (CN); placed on 2022-04-01 (Friday), 2 days earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day.', NULL, 1, NULL),
	(35, 1, '2026-12-06 18:23:31.030542+00', '2026-12-06 18:23:31.030542+00', 'TV feature: Weihai and Ube, 30 years of friendship', '威海—宇部结好30周年电视专题节目', 'media', 'planned', 'in_person', '2022-05-06', '2022-05-06', '2022-05-06', '2022-05-06', false, '', '', '', '', 'Target 2022-05-04 (Wednesday): 14 days before the anniversary (2022-05-18). Moved from 2022-05-04: Greenery Day (JP) and Labour Day break (CN); placed on 2022-05-06 (Friday), 2 days later.', NULL, 1, NULL),
	(36, 1, '2026-12-06 18:23:31.031635+00', '2026-12-06 18:23:31.031635+00', 'Ube photo exhibition for the 30th anniversary', '威海—宇部结好30周年图片展', 'culture', 'planned', 'in_person', '2022-05-09', '2022-05-29', '2022-05-09', '2022-05-29', false, '', '', '', '', 'Target 2022-05-08 (Sunday): 10 days before the anniversary (2022-05-18). Moved from 2022-05-08: Sunday (JP, CN); placed on 2022-05-09 (Monday), 1 day later.', NULL, 1, NULL),
	(37, 1, '2026-12-06 18:23:31.032715+00', '2026-12-06 18:23:31.032715+00', 'Commemorative album: 30 years of Weihai–Ube friendship', '威海—宇部结好30周年纪念画册', 'media', 'planned', 'in_person', '2022-05-16', '2022-05-16', '2022-05-16', '2022-05-16', false, '', '', '', '', 'Target 2022-05-15 (Sunday): 3 days before the anniversary (2022-05-18). Moved from 2022-05-15: Sunday (JP, CN); placed on 2022-05-16 (Monday), 1 day later.', NULL, 1, NULL),
	(38, 1, '2026-12-06 18:23:31.033818+00', '2026-12-06 18:23:31.033818+00', 'Commemorative ceremony for the 30th anniversary of Weihai–Ube sister-city relationship', '威海—宇部结好30周年纪念仪式', 'ceremony', 'planned', 'in_person', '2022-05-18', '2022-05-18', '2022-05-18', '2022-05-18', false, '', '', '', '', 'Flagship on the 30th anniversary, 2022-05-18 (Wednesday), a working day in CN and JP.', NULL, 1, NULL),
	(39, 1, '2026-12-06 18:23:31.034833+00', '2026-12-06 18:23:31.034833+00', 'Weihai–Ube friendship performance for the 30th anniversary', '威海—宇部结好30周年文艺演出', 'culture', 'planned', 'in_person', '2022-05-19', '2022-05-19', '2022-05-19', '2022-05-19', false, '', '', '', '', 'Target 2022-05-19 (Thursday): 1 day after the anniversary (2022-05-18). Placed on target.', NULL, 1, NULL),
	(40, 1, '2026-12-06 18:23:31.035829+00', '2026-12-06 18:23:31.035829+00', 'Weihai–Ube economic and trade forum', '威海—宇部结好30周年经贸合作交流会', 'economy', 'planned', 'in_person', '2022-06-17', '2022-06-17', '2022-06-17', '2022-06-17', false, '', '', '', '', 'Target 2022-06-17 (Friday): 30 days after the anniversary (2022-05-18). Placed on target.', NULL, 1, NULL),
	(41, 1, '2026-12-06 18:23:31.036885+00', '2026-12-06 18:23:31.036885+00', 'Weihai delegation visit to Ube for the 30th anniversary', '威海代表团访问宇部（威海—宇部结好30周年）', 'official_visit', 'planned', 'in_person', '2022-08-01', '2022-08-03', '2022-08-01', '2022-08-03', false, '', '', '', '', 'Target 2022-08-01 (Monday): 75 days after the anniversary (2022-05-18). Placed on target. Every day of the visit is a working day in CN and JP.', NULL, 1, NULL);


--
-- Data for Name: feeds; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.feeds VALUES
	(1, 'Japan desk', '56e9b500793f48ed19d794916a68afebc7aaaad4c8808e7b9ff5e796de92f1f0', NULL, 'JP', 'Li Wei', '2026-12-06 18:23:31.118288+00', NULL),
	(2, 'Old feed', '1c6533ff1b404c2f66a72d5bc3595e9901c6f99fd141e49c7ac619bd461d888a', NULL, '', 'Li Wei', '2026-12-06 18:23:31.133413+00', '2026-12-06 18:23:31.147465+00');


--
-- Data for Name: partners; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partners VALUES
	(2, 1, '2026-12-06 18:23:30.694407+00', '2026-12-06 18:23:30.694407+00', 'Cheltenham', '彻特纳姆', 'Cheltenham', 'city', 'GB', 'Gloucestershire, England', 'Europe/London', '', '彻特纳姆 is Weihai''s rendering; 切尔滕纳姆 is also common. Not Weihai''s partnership, recorded for reference: Cheltenham (GB) and Sochi have been twinned since the 1950s (first official visit to Sochi 1959; Sochi''s list gives ''Cheltenham, UK (since 1959)''). On 2022-02-25 the Cheltenham Twinning Association (statement by its chair, Cllr Diggory Seacome) announced it would ''temporarily suspend all twinning activities with Sochi''; no formal council termination and no later reinstatement were found. Sources: https://cheltenhamtwinning.uk/2022/02/25/statement-from-the-cheltenham-twinning-association-on-the-situation-in-ukraine/ ; https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/ ; http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/ ; https://budapestpost.com/friend-or-foe-the-uk-cities-cutting-ties-with-russian-twins'),
	(3, 1, '2026-12-06 18:23:30.696675+00', '2026-12-06 18:23:30.696675+00', 'Lancaster', '兰卡斯特', 'Lancaster', 'city', 'GB', 'Lancashire, England', 'Europe/London', '', 'Identification as Lancaster, Lancashire (England) is an inference from ''UK'' (英国) in Weihai sources, not a US Lancaster; no Lancaster-side source found.'),
	(4, 1, '2026-12-06 18:23:30.698763+00', '2026-12-06 18:23:30.698763+00', 'Santa Barbara', '圣巴巴拉', 'Santa Barbara', 'city', 'US', 'California', 'America/Los_Angeles', '', 'Chinese name 圣巴巴拉 is the standard transliteration; not seen in a Weihai source. Not mentioned in the 2022 work plan.'),
	(5, 1, '2026-12-06 18:23:30.700838+00', '2026-12-06 18:23:30.700838+00', 'Yeosu', '丽水市', '여수시', 'city', 'KR', 'Jeollanam-do', 'Asia/Seoul', '', 'Korean Yeosu (hanja 麗水市; the source writes 丽水市 (韩国)). Not to be confused with Lishui 丽水, Zhejiang, China (also Yeosu''s partner). A Yeosu Gate was built in Weihai, 2012-10-20.'),
	(6, 1, '2026-12-06 18:23:30.702282+00', '2026-12-06 18:23:30.702282+00', 'Sochi', '索契', 'Сочи', 'city', 'RU', 'Krasnodar Krai', 'Europe/Moscow', '', 'Not Weihai''s partnership, recorded for reference: Cheltenham (GB) and Sochi have been twinned since the 1950s (first official visit to Sochi 1959; Sochi''s list gives ''Cheltenham, UK (since 1959)''). On 2022-02-25 the Cheltenham Twinning Association (statement by its chair, Cllr Diggory Seacome) announced it would ''temporarily suspend all twinning activities with Sochi''; no formal council termination and no later reinstatement were found. Sources: https://cheltenhamtwinning.uk/2022/02/25/statement-from-the-cheltenham-twinning-association-on-the-situation-in-ukraine/ ; https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/ ; http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/ ; https://budapestpost.com/friend-or-foe-the-uk-cities-cutting-ties-with-russian-twins Weihai''s own link with Sochi is not affected by Cheltenham''s suspension.'),
	(7, 1, '2026-12-06 18:23:30.704172+00', '2026-12-06 18:23:30.704172+00', 'Gunsan', '群山市', '군산시', 'city', 'KR', 'Jeonbuk State (Jeollabuk-do until 2024)', 'Asia/Seoul', '', 'Jeollabuk-do became Jeonbuk State (전북특별자치도) in 2024.'),
	(8, 1, '2026-12-06 18:23:30.7065+00', '2026-12-06 18:23:30.7065+00', 'Hwaseong', '华城市', '화성시', 'city', 'KR', 'Gyeonggi-do', 'Asia/Seoul', '', ''),
	(9, 1, '2026-12-06 18:23:30.707849+00', '2026-12-06 18:23:30.707849+00', 'Suseong District', '寿城区', '수성구', 'district', 'KR', 'Daegu Metropolitan City', 'Asia/Seoul', '', 'A district (gu, 구) of Daegu, not a city; the Weihai FAO appears to count district partners. Chinese name 寿城区 (hanja 壽城區) is the standard rendering; not seen in a Weihai source.'),
	(10, 1, '2026-12-06 18:23:30.709428+00', '2026-12-06 18:23:30.709428+00', 'Jeju City', '济州', '제주시', 'city', 'KR', 'Jeju Special Self-Governing Province', 'Asia/Seoul', '', 'Jeju City (제주시, 济州市), not Jeju Province; the Weihai FAO list writes 济州. The Jeju Province governor also met Weihai officials in 2023 about future ties (djournal.co.kr): a separate track, not recorded here.'),
	(11, 1, '2026-12-06 18:23:30.710812+00', '2026-12-06 18:23:30.710812+00', 'Sergiev Posad', '谢尔吉耶夫', 'Сергиев Посад', 'city', 'RU', 'Moscow Oblast', 'Europe/Moscow', '', 'Weihai writes 谢尔吉耶夫 / 谢尔吉耶夫市 (Weihai FAO 2024-08).'),
	(12, 1, '2026-12-06 18:23:30.712171+00', '2026-12-06 18:23:30.712171+00', 'Turda', '图尔达', 'Turda', 'city', 'RO', 'Cluj County', 'Europe/Bucharest', '', 'No Romanian-side source found.'),
	(13, 1, '2026-12-06 18:23:30.71339+00', '2026-12-06 18:23:30.71339+00', 'Ouakam', '瓦卡姆', 'Ouakam', 'district', 'SN', 'Dakar Region', 'Africa/Dakar', '', 'IDENTIFICATION INFERRED: the Weihai FAO names a Senegalese partner 瓦卡姆; the PR Newswire release calls it ''Vacoas, Senegal'', but Vacoas is in Mauritius. 瓦卡姆 + Senegal best fits Ouakam, a commune d''arrondissement of the city of Dakar; verify before publishing the English name. Recorded as kind ''district'' because a commune d''arrondissement is a subdivision of Dakar (like Suseong-gu of Daegu).'),
	(14, 1, '2026-12-06 18:23:30.714579+00', '2026-12-06 18:23:30.714579+00', 'Khabarovsk', '哈巴罗夫斯克', 'Хабаровск', 'city', 'RU', 'Khabarovsk Krai', 'Asia/Vladivostok', '', 'Earlier contact: an official Weihai delegation met the Khabarovsk vice-mayor on 2013-03-26.'),
	(15, 1, '2026-12-06 18:23:30.716051+00', '2026-12-06 18:23:30.716051+00', 'Novopolotsk', '新波洛茨克', 'Наваполацк / Новополоцк', 'city', 'BY', 'Vitebsk Oblast', 'Europe/Minsk', '', 'Belarusian Наваполацк, Russian Новополоцк. The 2022 work plan writes 新波洛茨克 (section 二) and 新波罗茨克 (section 四).'),
	(16, 1, '2026-12-06 18:23:30.717496+00', '2026-12-06 18:23:30.717496+00', 'Lorient', '洛里昂', 'Lorient', 'city', 'FR', 'Morbihan, Brittany', 'Europe/Paris', '', 'Breton: An Oriant.'),
	(17, 1, '2026-12-06 18:23:30.718873+00', '2026-12-06 18:23:30.718873+00', 'Mykolaiv', '尼古拉耶夫', 'Миколаїв', 'city', 'UA', 'Mykolaiv Oblast', 'Europe/Kyiv', '', 'The work plan writes 尼古拉耶夫市 (city); the source file notes that city vs oblast is not established by any other source. Mykolaiv''s documented Shandong contact is with Dezhou (protocol, Dec 2006), not Weihai.'),
	(18, 1, '2026-12-06 18:23:30.720296+00', '2026-12-06 18:23:30.720296+00', 'Sousse', '苏塞', 'سوسة', 'city', 'TN', 'Sousse Governorate', 'Africa/Tunis', '', 'Chinese name 苏塞 is the standard name; not seen in a Weihai source.'),
	(19, 1, '2026-12-06 18:23:30.721597+00', '2026-12-06 18:23:30.721597+00', 'Timaru', '蒂马鲁', 'Timaru', 'city', 'NZ', 'Canterbury', 'Pacific/Auckland', '', 'The NZ partner is formally Timaru District (the territorial authority seated in the town of Timaru, which runs the sister-city programme). Recorded as kind ''city'' because a NZ district council is a municipal-level authority, not a sub-city district like Suseong-gu. 蒂马鲁 is the standard Chinese name; haiwainet writes 提马鲁. The Weihai FAO page for Timaru was not found; probably one of the 25 partners Weihai counted in March 2024 (unverified).'),
	(20, 1, '2026-12-06 18:23:30.725595+00', '2026-12-06 18:23:30.725595+00', 'Izumisano', '泉佐野市', '泉佐野市', 'city', 'JP', 'Osaka Prefecture', 'Asia/Tokyo', '', 'Izumisano-shi.'),
	(21, 1, '2026-12-06 18:23:30.727723+00', '2026-12-06 18:23:30.727723+00', 'Zaragoza', '萨拉戈萨', 'Zaragoza', 'city', 'ES', 'Aragon', 'Europe/Madrid', '', 'Chinese name 萨拉戈萨 is the standard rendering; no Weihai source seen.'),
	(22, 1, '2026-12-06 18:23:30.729113+00', '2026-12-06 18:23:30.729113+00', 'Alicante', '阿利坎特', 'Alicante / Alacant', 'city', 'ES', 'Valencian Community', 'Europe/Madrid', '', 'Chinese name 阿利坎特 is the standard rendering; no Weihai source seen.'),
	(23, 1, '2026-12-06 18:23:30.730594+00', '2026-12-06 18:23:30.730594+00', 'Brittany', '布列塔尼大区', 'Bretagne', 'region', 'FR', '', 'Europe/Paris', '', 'French region Bretagne (Breton: Breizh). Shandong Province''s partner region; the 1985-10 Shandong–Brittany friendship protocol is recorded as a commemoration. Lorient is in Brittany. The Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu (recorded as an event).'),
	(24, 1, '2026-12-06 18:23:30.732123+00', '2026-12-06 18:23:30.732123+00', 'Scotland', '苏格兰', 'Scotland', 'region', 'GB', 'Scotland', 'Europe/London', '', 'The work plan writes 苏格兰大区 for the platform''s partner.'),
	(25, 1, '2026-12-06 18:23:30.733988+00', '2026-12-06 18:23:30.733988+00', 'Sarawak', '沙捞越州', 'Sarawak', 'region', 'MY', '', 'Asia/Kuching', '', 'Malaysian state on Borneo.'),
	(26, 1, '2026-12-06 18:23:30.735331+00', '2026-12-06 18:23:30.735331+00', 'Association of North East Asia Regional Governments (NEAR)', '东北亚地区地方政府联合会', '', 'organization', '', '', '', '', 'International organization of regional (provincial-level) governments, founded 1996-09-12 in Gyeongju, South Korea (recorded as a commemoration). The work plan writes 东北亚地方政府联合会. Secretariat seat not recorded from a source, so no timezone.'),
	(27, 1, '2026-12-06 18:23:30.737054+00', '2026-12-06 18:23:30.737054+00', 'Shanghai Cooperation Organisation (SCO)', '上海合作组织', '', 'organization', '', '', '', '', 'Intergovernmental organization founded 2001-06-15 (recorded as a commemoration). The work plan writes 上合组织. Secretariat seat not recorded from a source, so no timezone.'),
	(28, 1, '2026-12-06 18:23:30.869145+00', '2026-12-06 18:23:30.869145+00', 'Naruto', '鸣门市', '', 'city', 'JP', 'Tokushima Prefecture', 'Asia/Tokyo', '', 'Whirlpools; 友好交流'),
	(1, 2, '2026-12-06 18:23:30.690218+00', '2026-12-06 18:23:30.890144+00', 'Ube', '宇部市', '宇部市', 'city', 'JP', 'Yamaguchi Prefecture', 'Asia/Tokyo', '', '30th anniversary series planned');


--
-- Data for Name: partnership_changes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partnership_changes VALUES
	(1, 1, '1992-05-18', 'active', 'sister_city', 'Friendship-city agreement (友好都市締結書) signed in Weihai', 'seed', '2026-12-06 18:23:30.693389+00'),
	(2, 2, '1985', 'negotiating', 'sister_city', 'Link initiated (Cheltenham Twinning Association)', 'seed', '2026-12-06 18:23:30.695926+00'),
	(3, 2, '1987-07', 'active', 'sister_city', 'Protocol Agreement signed by the mayors (the date used as established_on)', 'seed', '2026-12-06 18:23:30.695926+00'),
	(4, 2, '1998', 'active', 'sister_city', 'Cheltenham Borough Council granted full twinning status (Cheltenham-side formal step; no change on the Weihai side, which counts the link from 1987)', 'seed', '2026-12-06 18:23:30.695926+00'),
	(5, 3, NULL, 'active', 'friendship_city', 'Date and type of establishment unknown; Weihai FAO calls it 友城 (2024-03)', 'seed', '2026-12-06 18:23:30.698211+00'),
	(6, 4, '1993', 'active', 'sister_city', 'Sister-city relationship established (year only)', 'seed', '2026-12-06 18:23:30.700406+00'),
	(7, 5, '1995-02-27', 'active', 'sister_city', 'Sister-city relationship established (자매결연)', 'seed', '2026-12-06 18:23:30.701979+00'),
	(8, 6, '1996', 'active', 'sister_city', 'Twinning established (year from secondary lists only)', 'seed', '2026-12-06 18:23:30.703735+00'),
	(9, 7, '2013-06-20', 'negotiating', 'friendship_city', 'Letter of intent signed (意向书)', 'seed', '2026-12-06 18:23:30.70578+00'),
	(10, 7, '2014-10-29', 'active', 'friendship_city', 'Friendship-city agreement signed in Weihai by a Gunsan delegation', 'seed', '2026-12-06 18:23:30.70578+00'),
	(11, 8, '2008', 'active', 'friendship_city', 'Friendship ties (우호결연) established (year from one news article)', 'seed', '2026-12-06 18:23:30.707621+00'),
	(12, 9, '2019-03-30', 'negotiating', 'friendship_city', 'Letter of intent signed (意向书), in Incheon', 'seed', '2026-12-06 18:23:30.709034+00'),
	(13, 9, '2019-10', 'active', 'friendship_city', 'Agreement signed at the Jinan conference (day not stated)', 'seed', '2026-12-06 18:23:30.709035+00'),
	(14, 10, '2023-09-25', 'active', 'friendship_city', 'Friendship-cooperation agreement signed in Jinan', 'seed', '2026-12-06 18:23:30.710459+00'),
	(15, 11, '2023-09', 'active', 'friendship_city', 'Agreement signed at the 2023 World Sister Cities Forum, Jinan (day not stated)', 'seed', '2026-12-06 18:23:30.711899+00'),
	(16, 12, '2023', 'active', 'friendship_city', 'Listed as a new 2023 friendship-cooperation city (exact date unknown)', 'seed', '2026-12-06 18:23:30.713201+00'),
	(17, 13, '2023', 'active', 'friendship_city', 'Listed as a new 2023 friendship-cooperation city (exact date unknown)', 'seed', '2026-12-06 18:23:30.71436+00'),
	(18, 14, '2022', 'negotiating', 'sister_city', '2022 work plan: 加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员 (aim to add it as a new Russian partner city)', 'seed', '2026-12-06 18:23:30.715635+00'),
	(19, 14, '2025-11', 'active', 'sister_city', 'Twinning agreement signed (reported 2025-11-17)', 'seed', '2026-12-06 18:23:30.715635+00'),
	(20, 15, NULL, 'active', 'sister_city', 'Establishment date unknown', 'seed', '2026-12-06 18:23:30.71724+00'),
	(21, 16, NULL, 'proposed', 'cooperation', 'As of the 2022 work plan: liaison and exchanges planned; no agreement known', 'seed', '2026-12-06 18:23:30.718585+00'),
	(22, 17, NULL, 'active', 'friendship_city', 'Establishment date and type unknown; called 友城 in the 2022 work plan', 'seed', '2026-12-06 18:23:30.719977+00'),
	(23, 18, '2007', 'active', 'sister_city', 'Twinning (year from German-Wikipedia mirrors only)', 'seed', '2026-12-06 18:23:30.721273+00'),
	(24, 19, NULL, 'active', 'sister_city', 'Establishment date unknown', 'seed', '2026-12-06 18:23:30.72518+00'),
	(25, 20, '2019-02', 'negotiating', 'friendship_city', 'Letter of intent (友好都市提携意向書) signed during Izumisano''s mission to Weihai, 18–20 Feb 2019', 'seed', '2026-12-06 18:23:30.727179+00'),
	(26, 20, '2019-10', 'active', 'friendship_city', 'Friendship-city agreement signed in Jinan (day not stated)', 'seed', '2026-12-06 18:23:30.727179+00'),
	(27, 21, '2025-09-21', 'active', 'cooperation', 'MoU signed', 'seed', '2026-12-06 18:23:30.728842+00'),
	(28, 22, '2025-09', 'active', 'cooperation', 'Collaboration agreement signed (day not stated)', 'seed', '2026-12-06 18:23:30.730248+00'),
	(29, 23, NULL, 'active', 'cooperation', 'Online platform in use by 2022 (start date unknown)', 'seed', '2026-12-06 18:23:30.731836+00'),
	(30, 24, NULL, 'active', 'cooperation', 'Online platform in use by 2022 (start date unknown)', 'seed', '2026-12-06 18:23:30.733669+00'),
	(31, 25, NULL, 'active', 'cooperation', 'Round table in use by 2022 (start date unknown)', 'seed', '2026-12-06 18:23:30.735065+00'),
	(32, 26, NULL, 'active', 'membership', 'Date of Shandong''s accession unknown', 'seed', '2026-12-06 18:23:30.736413+00'),
	(33, 27, NULL, 'active', 'cooperation', 'Contacts existing by 2022 (start unknown)', 'seed', '2026-12-06 18:23:30.738182+00'),
	(34, 2, '2023', 'suspended', 'sister_city', 'changed from active sister_city', 'Li Wei', '2026-12-06 18:23:30.934874+00');


--
-- Data for Name: partnerships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partnerships VALUES
	(3, 1, '2026-12-06 18:23:30.697414+00', '2026-12-06 18:23:30.697414+00', 3, 'Weihai', 'friendship_city', 'active', NULL, 0, 0, NULL, 'likely', '[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''与英国友城彻特纳姆、兰卡斯特共同举办威海—英国友城“自然与人”主题摄影展''"},{"url":"https://www.mfa.gov.cn/zwbd_673032/wshd_673034/202311/t20231107_11175230.shtml","note":"Chinese MFA, 2023-11-07: Consul-General in Manchester met the Mayor of Lancaster on 2023-11-06. The excerpt stresses education ties and does not mention Weihai (negative / neutral evidence)."},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — names Lancaster among the European cities to liaise with"}]', 'TYPE NOT ESTABLISHED BY ANY SOURCE: Weihai calls Lancaster a ''友城'' (partner city, which covers both 友好城市 and 友好交流/合作城市); friendship_city is recorded as the less formal of the two, not as a sourced fact. Partnership and UK location confirmed only by the Weihai FAO article (2024-03: joint photo exhibition with Cheltenham and Lancaster). No date, agreement or Lancaster-side confirmation found; the Chinese MFA item of 2023-11-07 (Consul-General in Manchester met the Mayor of Lancaster) does not mention Weihai. Active as of 2024-03.'),
	(4, 1, '2026-12-06 18:23:30.699306+00', '2026-12-06 18:23:30.699306+00', 4, 'Weihai', 'sister_city', 'active', '1993', 1993, 0, NULL, 'confirmed', '[{"url":"https://sbweihai.org/about/","note":"''Weihai became a Sister City to Santa Barbara in 1993''"},{"url":"https://www.independent.com/2024/02/26/weihai-sister-cities-association-brings-in-year-of-the-dragon-at-china-pavilion/","note":"Association event Feb 2024; became sister city 1993 through Prof. Peter Haslund"},{"url":"https://www.santabarbaraca.gov/gov/brdcomm/nz/sister_cities_board/default.asp","note":"City of Santa Barbara Sister Cities Board lists Weihai"}]', 'Sister city since 1993 (year only; exact date not found), through Prof. Peter Haslund. City of Santa Barbara Sister Cities Board lists Weihai; Santa Barbara–Weihai Sister Cities Association active (event Feb 2024).'),
	(5, 1, '2026-12-06 18:23:30.701473+00', '2026-12-06 18:23:30.701473+00', 5, 'Weihai', 'sister_city', 'active', '1995-02-27', 1995, 227, NULL, 'confirmed', '[{"url":"https://www.yeosu.go.kr/yseng/intro/city/sister/?print=true\u0026page=1\u0026page=1","note":"Yeosu sister-city table: Weihai, ''Sisterhood Date 1995. 2.27''"},{"url":"https://www.kmib.co.kr/article/view_amp.asp?arcid=0006551817","note":"''1995년 여수시와 자매결연''; Yeosu Gate built in Weihai 2012-10-20"},{"url":"https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003180994","note":"Yeosu mayor visited Weihai as a ''sister/friendship city'', Nov 2025"}]', 'Sister city (KR: 자매결연), ''Sisterhood Date 1995. 2.27'' on Yeosu''s sister-city table. Active: Yeosu''s mayor visited Weihai in Nov 2025.'),
	(6, 1, '2026-12-06 18:23:30.702951+00', '2026-12-06 18:23:30.702951+00', 6, 'Weihai', 'sister_city', 'active', '1996', 1996, 0, NULL, 'likely', '[{"url":"http://www.sochi-travel.info/articles/sochi-erevan-sister-cities/","note":"List of Sochi''s sister cities: ''Weihai, China (since 1996)''"},{"url":"https://memim.com/weihai.html","note":"German Wikipedia mirror: ''Sochi (since 1996)''"},{"url":"https://www.blackseanews.net/en/read/52122","note":"Sochi twin-city list includes Weihai"},{"url":"https://cheltenhamtwinning.uk/ourtwintowns/sochi/our-link-with-sochi/","note":"Sochi ''is twinned with the same Chinese partner, Weihai''"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Weihai FAO: ''俄罗斯友城索契第八中学'' school partnership (2023)"},{"url":"https://kuban24.tv/item/u-novorossijska-poyavilsya-novyj-gorod-pobratim-tsindao-v-kitae/amp","note":"Weihai sent medical masks to Sochi (2020)"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''以北京冬奥会为契机，加强与索契市对接，扩大对俄体育领域的交流合作'' — sports exchanges planned"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 四: ''策划推出俄罗斯索契……《海这边 海那边》电视专题节目'' — TV programme with Sochi"}]', 'Twin city (RU: побратим). The relationship itself is well confirmed (both sides, Cheltenham''s twinning pages, Weihai FAO 2023 school partnership with Sochi School No. 8, masks sent 2020); confidence ''likely'' reflects the source file''s ''medium'', because the year 1996 comes only from secondary lists, not from an agreement or either city''s government. Active as of 2024 (Weihai side).'),
	(7, 1, '2026-12-06 18:23:30.704769+00', '2026-12-06 18:23:30.704769+00', 7, 'Weihai', 'friendship_city', 'active', '2014-10-29', 2014, 1029, NULL, 'confirmed', '[{"url":"http://wb.weihai.gov.cn/art/2022/11/3/art_13361_3118847.html","note":"Weihai FAO page title: ''韩国群山市(2014.10.29)''; letter of intent signed 2013-06-20"},{"url":"https://m.nspna.com/news/?mode=view\u0026newsid=701329","note":"''2014년 10월 국제 우호도시 관계를 체결''; 8th Gunsan–China exchange meeting held in Weihai, May 2024"},{"url":"http://gunsanews.com/nView.htm?cateA=4\u0026idx=43027\u0026page=311","note":"Gunsan delegation visited Weihai on the 29th (Oct 2014) to sign the friendship-city agreement"}]', 'Friendship-exchange city (KR: 국제 우호도시, not 자매도시); the Chinese category is not stated on the Weihai FAO page, which is titled ''韩国群山市(2014.10.29)''. Active as of 2024-05 (8th Gunsan–China exchange meeting held in Weihai).'),
	(8, 1, '2026-12-06 18:23:30.707064+00', '2026-12-06 18:23:30.707064+00', 8, 'Weihai', 'friendship_city', 'active', '2008', 2008, 0, NULL, 'likely', '[{"url":"http://www.tookyung.com/news/articleView.html?idxno=7807","note":"''화성시와 위해시는 2008년 우호결연을 맺은 이후…''"},{"url":"https://m.locallife.news/news/view/1065539800586408","note":"Hwaseong mayor: Weihai is ''화성시의 우호도시''"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''与韩国友城华城开展了帆船文化友好交流活动''"}]', 'Friendship city (KR: 우호도시 / 우호결연); the Weihai FAO calls it ''韩国友城华城''. The year 2008 comes from one local news article; exact date not found. Active as of 2023 (sailing-culture exchange).'),
	(9, 1, '2026-12-06 18:23:30.708311+00', '2026-12-06 18:23:30.708311+00', 9, 'Weihai', 'friendship_city', 'active', '2019-10', 2019, 1000, NULL, 'likely', '[{"url":"http://tkjournal.co.kr/news/view.php?no=1119","note":"Agreement signed during the Shandong International Friendship Cities Cooperation \u0026 Development Conference, Jinan, 15–16 Oct 2019"},{"url":"http://tk.newdaily.co.kr/site/data/html/2019/10/21/2019102100104.html","note":"Signed by Mayor Zhang Haibo and Suseong-gu head Kim Dae-kwon"},{"url":"http://v658.ndsoftnews.net/news/articleView.html?idxno=298645\u0026reply_sc_order_by=I","note":"Letter of intent signed 2019-03-30 (in Incheon)"},{"url":"http://sd.chinadaily.com.cn/a/201910/17/WS5da7cc52a31099ab995e5f89.html","note":"The conference opened on 2019-10-16 with on-site signing of agreements."}]', 'Friendship-exchange agreement (KR: 우호교류 협정 / 우호도시) signed by Weihai mayor Zhang Haibo and Suseong-gu head Kim Dae-kwon during the Shandong International Friendship Cities Cooperation & Development Conference in Jinan (15–16 Oct 2019; opening with on-site signings on 2019-10-16, the same ceremony as Izumisano). The exact day (15 or 16 Oct) is not stated, so month precision is kept. CURRENT STATUS UNKNOWN: no source after Oct 2019; kept ''active'' because nothing indicates suspension or termination.'),
	(10, 1, '2026-12-06 18:23:30.70981+00', '2026-12-06 18:23:30.70981+00', 10, 'Weihai', 'friendship_city', 'active', '2023-09-25', 2023, 925, NULL, 'confirmed', '[{"url":"http://www.headlinejeju.co.kr/news/articleView.html?idxno=525491","note":"Agreement signed 2023-09-25 at the 2023 World Sister Cities Forum, Jinan"},{"url":"https://www.issuejeju.com/news/article.html?no=226473","note":"Announced signing at the forum''s 25 Sept opening"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed among new 2023 ''友好合作关系城市'' (图尔达、济州、瓦卡姆、谢尔吉耶夫)"}]', '友好合作关系城市 (KR: 우호협력도시). Agreement signed 2023-09-25 at the 2023 World Sister Cities Forum in Jinan.'),
	(11, 1, '2026-12-06 18:23:30.711199+00', '2026-12-06 18:23:30.711199+00', 11, 'Weihai', 'friendship_city', 'active', '2023-09', 2023, 900, NULL, 'confirmed', '[{"url":"https://news.myseldon.com/ru/news/index/295802866","note":"Twinning agreement signed ''today'' in Jinan at the 2023 World Sister Cities Forum"},{"url":"https://www.breakinglatest.news/world/2023-world-sister-cities-forum-and-sister-provinces-and-states-leaders-conference-strengthening-cooperation-for-a-shared-future/","note":"Forum opened 2023-09-25 in Jinan"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed as new 2023 友好合作关系城市"},{"url":"https://wb.weihai.gov.cn/art/2024/8/2/art_13510_4786830.html","note":"Joint photo exhibition opened 2024-07-31; Weihai calls it ''俄罗斯友城谢尔吉耶夫市''"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"Delegation visited Weihai 26–27 Sep 2023"}]', '友好合作关系城市 on the Chinese side; the Russian side calls it побратимские отношения. Agreement signed in Jinan at the 2023 World Sister Cities Forum (opened 2023-09-25); the day is probably 2023-09-25 (same ceremony as Jeju) but the Russian article gives no day, so month precision is kept. Delegation visited Weihai 26–27 Sep 2023; joint photo exhibition opened 2024-07-31. Active as of 2024-08.'),
	(12, 1, '2026-12-06 18:23:30.712623+00', '2026-12-06 18:23:30.712623+00', 12, 'Weihai', 'friendship_city', 'active', '2023', 2023, 0, NULL, 'likely', '[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Listed as new 2023 友好合作关系城市"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"Turda delegation visited Weihai 26–27 Sep 2023"}]', '友好合作关系城市, listed by the Weihai FAO among the new partners of 2023. Exact date unknown (a Turda delegation visited Weihai 26–27 Sep 2023).'),
	(13, 1, '2026-12-06 18:23:30.713779+00', '2026-12-06 18:23:30.713779+00', 13, 'Weihai', 'friendship_city', 'active', '2023', 2023, 0, NULL, 'unconfirmed', '[{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"''塞内加尔'' partner 瓦卡姆, new 2023 友好合作关系城市"},{"url":"https://www.prnewswire.com/news-releases/sister-cities-of-weihai-gathered-to-renew-friendships-and-enhance-cooperation-301953637.html","note":"English press release names it ''Vacoas, Senegal'' (visited 26–27 Sep 2023)"}]', '友好合作关系城市, new in 2023 (visit 26–27 Sep 2023). Exact date unknown. Low confidence because of the identification conflict.'),
	(14, 1, '2026-12-06 18:23:30.714984+00', '2026-12-06 18:23:30.714984+00', 14, 'Weihai', 'sister_city', 'active', '2025-11', 2025, 1100, NULL, 'likely', '[{"url":"https://news.mail.ru/politics/68737982/","note":"Mayors Sergei Kravchuk and Kong Fanping signed a twinning agreement in China (news dated 2025-11-17); based on an earlier protocol of intent"},{"url":"https://subsites.chinadaily.com.cn/shandong/2024-08/01/c_1009678.htm","note":"Khabarovsk works shown in Weihai''s 2024 Sochi/Sergiev Posad/Khabarovsk exhibition"},{"url":"https://khabara.ru/2013/03/26/v-administracii-xabarovska-sostoyalas-vstrecha-vice-myera-s-oficialnoj-delegaciej-goroda-vyejxaj-knr.html","note":"2013-03-26: an official Weihai delegation met the Khabarovsk vice-mayor (earlier contact)."},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''加强与俄罗斯哈巴罗夫斯克市沟通联系，争取对俄友城再添新成员'' — in 2022 a prospective new Russian partner city"}]', 'Twinning (RU: побратимские отношения); the Chinese category (友好城市 vs 友好合作关系城市) is not confirmed, sister_city follows the Russian wording. Agreement signed in China by mayors Sergei Kravchuk and Kong Fanping, reported 2025-11-17 (exact signing day not stated, so month precision), based on an earlier protocol of intent whose date is unknown. Postdates the March 2024 count of 25 partners.'),
	(15, 1, '2026-12-06 18:23:30.716496+00', '2026-12-06 18:23:30.716496+00', 15, 'Weihai', 'sister_city', 'active', NULL, 0, 0, NULL, 'likely', '[{"url":"https://novopolotsk.by/ru/новости/2272-1112","note":"Novopolotsk executive committee chair lists Weihai among Novopolotsk''s twin cities"},{"url":"https://esp.belta.by/society/view/novoplotsk-y-liaocheng-pactaron-la-amistad-74649-2023/","note":"BelTA (2023-02-17): agreements on friendly relations signed earlier between Novopolotsk and Weihai"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊'' — the plan calls Novopolotsk a 友城 with traditional friendship"}]', 'Sister city per the Belarusian side (побратим); the Chinese category is not confirmed. ESTABLISHMENT DATE NOT FOUND: BelTA (2023-02-17) says agreements on friendly relations were signed earlier; the Novopolotsk interview carries an archive photo from May 2010 (publication date not visible). No activity data; existing as of 2023-02.'),
	(16, 1, '2026-12-06 18:23:30.717917+00', '2026-12-06 18:23:30.717917+00', 16, 'Weihai', 'cooperation', 'proposed', NULL, 0, 0, NULL, 'unconfirmed', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — the only source for a Weihai–Lorient link"},{"url":"https://www.lorient.bzh/jumelages","note":"Lorient''s own twinning page (excerpt seen: Galway, Ludwigshafen; cooperation: Cochin, Khanh Hoa, Cayar, Chornomorsk) — Weihai NOT seen in available excerpts"}]', 'UNCONFIRMED; TYPE NOT ESTABLISHED BY ANY SOURCE. The only source is the 2022 work plan, which names Lorient among ''European cities'' to liaise with (对接) and plan exchanges with, but does NOT call it a 友城 (that word is used for Mykolaiv and Novopolotsk). Lorient''s own twinning page (excerpts: Galway, Ludwigshafen; cooperation: Cochin, Khanh Hoa, Cayar, Chornomorsk) does not show Weihai. Recorded as a proposed cooperation (possibly a link under the Shandong–Brittany framework) rather than an active twinning; the source file''s status is ''unconfirmed''.'),
	(17, 1, '2026-12-06 18:23:30.719381+00', '2026-12-06 18:23:30.719381+00', 17, 'Weihai', 'friendship_city', 'active', NULL, 0, 0, NULL, 'unconfirmed', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''持续巩固与“一带一路”沿线的乌克兰尼古拉耶夫市、白俄罗斯新波洛茨克市等友城的传统友谊'' — the only source for a Weihai–Mykolaiv link; calls it a 友城"},{"url":"http://www.mlp.com.ua/news/arc/index.php?subaction=showfull\u0026id=1166509859\u0026archive=1176312383\u0026start_from=\u0026ucat=5\u0026","note":"Mykolaiv''s documented Shandong contact is with Dezhou (protocol, Dec 2006), not Weihai"}]', 'UNCONFIRMED; TYPE NOT ESTABLISHED BY ANY SOURCE. Kept ''active'' only because the 2022 work plan calls Mykolaiv a 友城 with ''traditional friendship'' (传统友谊); friendship_city is recorded as the less formal reading of 友城, not a sourced fact. No Ukrainian, Russian or English source confirms the link or a date; the source file''s status is ''unconfirmed''.'),
	(18, 1, '2026-12-06 18:23:30.720752+00', '2026-12-06 18:23:30.720752+00', 18, 'Weihai', 'sister_city', 'active', '2007', 2007, 0, NULL, 'unconfirmed', '[{"url":"https://memim.com/weihai.html","note":"''Sousse, Sahel, Tunisia, since 2007''"},{"url":"http://temporati.de/Weihai.html","note":"''Weihai, China seit (Sousse) 2007''"}]', 'Twin town since 2007 only according to German-Wikipedia-derived mirrors; no Weihai or Sousse official source found. CURRENT STATUS UNKNOWN: kept ''active'' because no source reports an end, not because any source confirms activity.'),
	(19, 1, '2026-12-06 18:23:30.722139+00', '2026-12-06 18:23:30.722139+00', 19, 'Weihai', 'sister_city', 'active', NULL, 0, 0, NULL, 'confirmed', '[{"url":"http://www.pressreader.com/new-zealand/the-timaru-herald/20171018/281552291091321","note":"Timaru Herald, 2017-10-18, ''Visits present opportunity'': Timaru was preparing to host delegations from ''two of its four sister cities''; a Weihai delegation led by the deputy mayor was due in late November; there were ''already student exchanges between Timaru and both Weihai and Eniwa''."},{"url":"http://nz.haiwainet.cn/n/2016/0615/c3541627-30010288.html","note":"haiwainet (海外网) NZ channel, 2016-06-15, list of NZ–mainland China sister cities: ''提马鲁Timaru:山东威海''."}]', 'Sister city (NZ-side term); the Chinese category (友好城市 vs 友好合作关系城市) is not confirmed. Confidence is for the link''s existence (two independent sources, one from each side); the establishment date is unknown, no source gives the signing year. Active: a Weihai delegation led by a deputy mayor was due in late Nov 2017 and student exchanges were ongoing (Timaru Herald, 2017-10-18).'),
	(20, 1, '2026-12-06 18:23:30.72626+00', '2026-12-06 18:23:30.72626+00', 20, 'Weihai', 'friendship_city', 'active', '2019-10', 2019, 1000, NULL, 'confirmed', '[{"url":"http://www.city.izumisano.lg.jp/kakuka/koushitsu/hisho/menu/houkoku/1557715304449.html","note":"Izumisano city report of the 2019-02-18 to 02-20 mission to Weihai and Dong''e County: the delegation signed a letter of intent (友好都市提携意向書) with Weihai; received by Weihai vice-mayor Gao and FAO director Zhao."},{"url":"http://www.city.izumisano.lg.jp/kakuka/koushitsu/hisho/menu/houkoku/1580107380435.html","note":"Izumisano city report of the 令和元年 (2019) 10-15 to 10-17 trip to Shandong. Purpose: ''威海市との友好都市提携調印''. The formal friendship-city signing took place in Jinan at the Shandong international friendship-cities conference (received by Weihai mayor Zhang Haibo), signed electronically on stage. Its text continues ''威海市とは本市以外にも韓…'', i.e. a Korean partner also signed with Weihai at the same ceremony (text cut off in the stored copy)."},{"url":"http://sd.chinadaily.com.cn/a/201910/17/WS5da7cc52a31099ab995e5f89.html","note":"China Daily, 2019-10-17: the Shandong International Friendship Cities Cooperation and Development Conference opened in Jinan on 2019-10-16, where 28 friendship / friendly-cooperation agreements were signed on site."},{"url":"https://chiyomatsu51.com/2025/05/30/%e5%8c%97%e4%ba%ac%e5%b8%82%e5%a4%a7%e8%88%88%e5%8c%ba","note":"Blog of Izumisano''s mayor, 2025-05-30: under the 2017 ''international city declaration'', Izumisano has concluded friendship-city agreements with 11 cities in China, Mongolia, Uganda, Brazil, Vietnam, Korea and the US (shows the programme is ongoing; Weihai is not named in this excerpt)."}]', 'Friendship city (JP: 友好都市提携, formal agreement); the Chinese-side category is not confirmed. Signed electronically on stage at the Shandong international friendship-cities conference in Jinan during Izumisano''s 15–17 Oct 2019 trip; the conference opened with on-site signings on 2019-10-16, so that day is likely but INFERRED, not stated: month precision kept. A Korean partner (Suseong) signed with Weihai at the same ceremony. Izumisano''s friendship-city programme was ongoing in May 2025 (Weihai not named in that excerpt).'),
	(21, 1, '2026-12-06 18:23:30.728369+00', '2026-12-06 18:23:30.728369+00', 21, 'Weihai', 'cooperation', 'active', '2025-09-21', 2025, 921, NULL, 'likely', '[{"url":"https://www.elperiodicodearagon.com/zaragoza/2025/09/21/zaragoza-firma-acuerdo-estrategico-weihai-121814221.html","note":"El Periódico de Aragón, 2025-09-21: Mayor Natalia Chueca signed ''este domingo'' an MoU with Weihai during the ''Exquisite City Forum'', organised by the UN and the Weihai city government. It includes a joint coordination committee, business missions and sports cooperation."},{"url":"https://www.elespanol.com/aragon/actualidad/zaragoza/20250921/zaragoza-estrecha-lazos-china-acuerdo-weihai-desarrollar-iniciativas-conjuntas/1003743934510_0.html","note":"El Español, 2025-09-21: same MoU, signed with Weihai''s mayor (homóloga)."}]', 'Memorandum of Understanding (Memorando de Entendimiento) signed by Mayor Natalia Chueca with Weihai''s mayor on Sunday 2025-09-21 (''este domingo'', article of that date) during the ''Exquisite City Forum'' (organised by the UN and the Weihai city government): joint coordination committee, business missions, sports cooperation. The press calls it ''hermanamiento'', but whether Weihai counts it as a 友城 is unknown, hence type cooperation. The MoU itself is certain; ''likely'' reflects the source file''s ''medium''. After March 2024, so not part of the 25 counted then.'),
	(22, 1, '2026-12-06 18:23:30.72961+00', '2026-12-06 18:23:30.72961+00', 22, 'Weihai', 'cooperation', 'active', '2025-09', 2025, 900, NULL, 'likely', '[{"url":"https://www.elespanol.com/alicante/alicante-ciudad/20250923/alicante-abre-camino-china-convenio-ciudad-weihai-busca-nuevas-oportunidades/1003743936943_0.html","note":"El Español (Alicante), 2025-09-23: Mayor Luis Barcala and Weihai mayor Kong Fanping signed a collaboration agreement at the ''tercer Foro Internacional de ciudades sostenibles'' in Weihai (economic, cultural, educational and sports cooperation; twinning of institutions)."}]', 'Collaboration agreement (convenio de colaboración) signed by Mayor Luis Barcala and Weihai mayor Kong Fanping at the third international sustainable-cities forum in Weihai (economic, cultural, educational and sports cooperation; twinning of institutions). Article dated 2025-09-23; the signing day is not stated, so month precision. Probably the same forum as Zaragoza (inferred). Chinese category unknown. After March 2024, so not part of the 25 counted then.'),
	(23, 1, '2026-12-06 18:23:30.731116+00', '2026-12-06 18:23:30.731116+00', 23, 'Shandong Province', 'cooperation', 'active', NULL, 0, 0, NULL, 'confirmed', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助山东省—布列塔尼大区线上直通车……等省级平台宣传推介威海城市营商环境'' — names the provincial online platform"},{"url":"http://www.chinatoday.com.cn/ctfrench/2018/zfq/202007/t20200702_800212507.html","note":"Protocol signed in Jinan, October 1985"},{"url":"http://french.beijingreview.com.cn/Culture/202207/t20220710_800300473.html","note":"Shandong–Brittany Exchange Year opened 2022-06-27 in Qufu"}]', 'The provincial online platform 山东省—布列塔尼大区线上直通车 (''Shandong–Brittany online express''); its own start date is unknown (null). The underlying Shandong–Brittany friendship protocol (Jinan, October 1985) is recorded as a commemoration, not as this partnership''s date.'),
	(24, 1, '2026-12-06 18:23:30.733101+00', '2026-12-06 18:23:30.733101+00', 24, 'Shandong Province', 'cooperation', 'active', NULL, 0, 0, NULL, 'confirmed', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助……山东省—苏格兰大区线上直通车……等省级平台宣传推介威海城市营商环境'' — names the provincial online platform"}]', 'The provincial online platform 山东省—苏格兰大区线上直通车 (''Shandong–Scotland online express''). No source here gives its start date or the date of any Shandong–Scotland agreement.'),
	(25, 1, '2026-12-06 18:23:30.734467+00', '2026-12-06 18:23:30.734467+00', 25, 'Shandong Province', 'cooperation', 'active', NULL, 0, 0, NULL, 'confirmed', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''借助……山东—沙捞越州友城圆桌会等省级平台宣传推介威海城市营商环境'' — names the provincial round table"}]', 'The provincial platform 山东—沙捞越州友城圆桌会 (''Shandong–Sarawak friendship-city round table''). The name implies a Shandong–Sarawak friendship relationship, but no source here states its type or date, so it is recorded as cooperation with date unknown.'),
	(26, 1, '2026-12-06 18:23:30.735835+00', '2026-12-06 18:23:30.735835+00', 26, 'Shandong Province', 'membership', 'active', NULL, 0, 0, NULL, 'likely', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度'' — Weihai works with NEAR under the province''s foreign-affairs framework"}]', 'Membership held by Shandong Province (NEAR''s members are regional governments; Weihai takes part through the province). The date of Shandong''s accession was not researched (null). ''likely'' because no source here states Shandong''s membership explicitly; the work plan only says Weihai strengthens its contacts with NEAR.'),
	(27, 1, '2026-12-06 18:23:30.73756+00', '2026-12-06 18:23:30.73756+00', 27, 'Weihai', 'cooperation', 'active', NULL, 0, 0, NULL, 'likely', '[{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 三: ''强化与东北亚地方政府联合会、上合组织等国际组织沟通联系，不断提升合作水平和城市知名度'' — the city strengthens contacts and raises the level of cooperation with the SCO"}]', 'Local party Weihai: the plan says the city (市外办) strengthens its own contacts with the SCO to raise ''the level of cooperation and the city''s profile'' (城市知名度); cities and provinces cannot be SCO members, so this is a cooperation contact, not membership. No agreement or start date is known; ''likely'' because the plan implies existing cooperation without describing it.'),
	(1, 2, '2026-12-06 18:23:30.691967+00', '2026-12-06 18:23:30.909961+00', 1, 'Weihai', 'sister_city', 'active', '1992-05-18', 1992, 518, NULL, 'confirmed', '[{"url":"http://www.city.ube.yamaguchi.jp/shisei/keikaku/kokusai/yuukou/keii.html","note":"Agreement (友好都市締結書) signed 1992-05-18 at Dongshan Guesthouse, Weihai, by mayors Nakamura Katsuto and Wu Longjiang; exchanges since 1988"},{"url":"http://ubenippo.co.jp/archive/ubenippo_9544-2/","note":"15th-anniversary delegation to Weihai, May 2007"},{"url":"http://ubenippo.co.jp/admini/post_2763/","note":"''友好都市締結は1992年5月''; 20th-anniversary delegation 2012"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''策划举办与宇部结好 30 周年系列活动'' — the plan counts 2022 as the 30th anniversary, consistent with 1992"}]', 'MoU renewed'),
	(2, 2, '2026-12-06 18:23:30.695108+00', '2026-12-06 18:23:30.934336+00', 2, 'Weihai', 'sister_city', 'suspended', '1987-07', 1987, 700, '2023', 'confirmed', '[{"url":"https://cheltenhamtwinning.uk/ourtwintowns/weihai/","note":"Link initiated 1985; Protocol Agreement signed by mayors July 1987; Cheltenham council granted full twinning status 1998"},{"url":"https://weihailink.wixsite.com/weihailink/aboutus","note":"Twinning link ''began in 1987''"},{"url":"http://www.iaoiusa.org/icoi/about-weihai-city","note":"Weihai-side text: 1987 Cheltenham became Weihai''s first sister city"},{"url":"https://www.weihai.gov.cn/art/2024/3/1/art_58818_4377346.html","note":"Weihai FAO calls Cheltenham ''英国友城彻特纳姆''; joint photo exhibition (activity in 2023)"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 二: ''密切与法国布列塔尼大区洛里昂市及英国兰卡斯特、彻特纳姆市等欧洲城市的对接，策划开展青少年、文化、艺术等领域的交流活动'' — planned youth, culture and art exchanges"},{"note":"Weihai FAO 2022 work plan (威海市人民政府外事办公室2022年工作要点), section 四: ''策划推出俄罗斯索契、哈巴罗夫斯克、白俄罗斯新波罗茨克、英国彻特纳姆以及日本、韩国友城《海这边 海那边》电视专题节目'' — TV programme with Cheltenham"}]', 'Twin town (友好城市). Date ambiguity: established_on is the Protocol Agreement signed by the mayors in July 1987 (matches the Weihai side, where Cheltenham is called Weihai''s first sister city, 1987); Cheltenham Borough Council granted the link full twinning status in 1998 (history). Link initiated 1985. Active as of 2024-03 (Weihai FAO: ''英国友城彻特纳姆'', joint photo exhibition 2023).');


--
-- Data for Name: plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plans VALUES
	(1, 2, '2026-12-06 18:23:31.01719+00', '2026-12-06 18:23:31.037735+00', 'anniversary_series', 2022, 'adopted', 1, NULL, '30th anniversary of Weihai–Ube sister-city relationship: series of events', '威海—宇部结好30周年系列活动', '[]', '[{"title_en":"Weihai–Ube online youth exchange for the 30th anniversary","title_zh":"威海—宇部结好30周年青少年线上交流","kind":"youth","format":"online","start_date":"2022-04-01","end_date":"2022-04-01","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-04-03","spec":"online_youth_exchange","rationale":"Target 2022-04-03 (Sunday): 45 days before the anniversary (2022-05-18). Moved from 2022-04-03: no meeting time falls on a working day in both cities: Sunday (JP) and Qingming Festival break (CN); placed on 2022-04-01 (Friday), 2 days earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"TV feature: Weihai and Ube, 30 years of friendship","title_zh":"威海—宇部结好30周年电视专题节目","kind":"media","format":"in_person","start_date":"2022-05-06","end_date":"2022-05-06","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-04","spec":"tv_feature","rationale":"Target 2022-05-04 (Wednesday): 14 days before the anniversary (2022-05-18). Moved from 2022-05-04: Greenery Day (JP) and Labour Day break (CN); placed on 2022-05-06 (Friday), 2 days later."},{"title_en":"Ube photo exhibition for the 30th anniversary","title_zh":"威海—宇部结好30周年图片展","kind":"culture","format":"in_person","start_date":"2022-05-09","end_date":"2022-05-29","duration_days":21,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-08","spec":"photo_exhibition","rationale":"Target 2022-05-08 (Sunday): 10 days before the anniversary (2022-05-18). Moved from 2022-05-08: Sunday (JP, CN); placed on 2022-05-09 (Monday), 1 day later."},{"title_en":"Commemorative album: 30 years of Weihai–Ube friendship","title_zh":"威海—宇部结好30周年纪念画册","kind":"media","format":"in_person","start_date":"2022-05-16","end_date":"2022-05-16","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-15","spec":"commemorative_publication","rationale":"Target 2022-05-15 (Sunday): 3 days before the anniversary (2022-05-18). Moved from 2022-05-15: Sunday (JP, CN); placed on 2022-05-16 (Monday), 1 day later."},{"title_en":"Commemorative ceremony for the 30th anniversary of Weihai–Ube sister-city relationship","title_zh":"威海—宇部结好30周年纪念仪式","kind":"ceremony","format":"in_person","start_date":"2022-05-18","end_date":"2022-05-18","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":true,"target_date":"2022-05-18","spec":"ceremony","rationale":"Flagship on the 30th anniversary, 2022-05-18 (Wednesday), a working day in CN and JP."},{"title_en":"Weihai–Ube friendship performance for the 30th anniversary","title_zh":"威海—宇部结好30周年文艺演出","kind":"culture","format":"in_person","start_date":"2022-05-19","end_date":"2022-05-19","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-05-19","spec":"cultural_performance","rationale":"Target 2022-05-19 (Thursday): 1 day after the anniversary (2022-05-18). Placed on target."},{"title_en":"Weihai–Ube economic and trade forum","title_zh":"威海—宇部结好30周年经贸合作交流会","kind":"economy","format":"in_person","start_date":"2022-06-17","end_date":"2022-06-17","duration_days":1,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-06-17","spec":"economic_forum","rationale":"Target 2022-06-17 (Friday): 30 days after the anniversary (2022-05-18). Placed on target."},{"title_en":"Weihai delegation visit to Ube for the 30th anniversary","title_zh":"威海代表团访问宇部（威海—宇部结好30周年）","kind":"official_visit","format":"in_person","start_date":"2022-08-01","end_date":"2022-08-03","duration_days":3,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2022-08-01","spec":"delegation_visit","rationale":"Target 2022-08-01 (Monday): 75 days after the anniversary (2022-05-18). Placed on target. Every day of the visit is a working day in CN and JP."}]'),
	(2, 1, '2026-12-06 18:23:31.101387+00', '2026-12-06 18:23:31.101387+00', 'annual_program', 2023, 'draft', NULL, NULL, 'Weihai international exchange programme 2023', '威海2023年国际友城交流计划', '["Santa Barbara: the 30th anniversary falls in 2023 but its day is unknown (origin 1993), so it gets a regular exchange, not a series; generate anniversary_series with anchor_date for it.","Hwaseong: the 15th anniversary falls in 2023 but its day is unknown (origin 2008), so it gets a regular exchange, not a series; generate anniversary_series with anchor_date for it.","Holiday data for SN in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Holiday data for TN in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Holiday data for MY in 2023 is incomplete (not yet published or estimated); check the dates against the official calendar.","Association of North East Asia Regional Governments (NEAR) has no time zone; its online items are timed in Shandong Province''s zone (Asia/Shanghai).","Association of North East Asia Regional Governments (NEAR) has no country: only Saturdays and Sundays count as days off on its side.","Shanghai Cooperation Organisation (SCO) has no time zone; its online items are timed in Weihai''s zone (Asia/Shanghai).","Shanghai Cooperation Organisation (SCO) has no country: only Saturdays and Sundays count as days off on its side.","Weihai–Santa Barbara \"Weihai–Santa Barbara cloud dialogue 2023\" on 2023-07-14: the cities'' working hours do not overlap that day; 60 min before 09:00 in Weihai, 60 min after 17:00 in Santa Barbara.","Weihai–Ouakam \"Weihai–Ouakam cloud dialogue 2023\" on 2023-09-15: the cities'' working hours do not overlap that day; 30 min after 17:00 in Weihai, 30 min before 09:00 in Ouakam."]', '[{"title_en":"Weihai–Timaru cloud dialogue 2023","title_zh":"威海—蒂马鲁友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-01-13","end_date":"2023-01-13","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[19],"partnership_id":19,"flagship":false,"target_date":"2023-01-15","spec":"cloud_dialogue","rationale":"Spread over the year: January had the fewest items (1) when this item was placed; target 2023-01-15. Moved from 2023-01-15: no meeting time falls on a working day in both cities: Sunday (NZ, CN); placed on 2023-01-13 (Friday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 15:00–16:00 Pacific/Auckland (Timaru, UTC+13:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–12:00 Weihai time that day."},{"title_en":"Weihai–Jeju City cloud dialogue 2023","title_zh":"威海—济州友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-01-16","end_date":"2023-01-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[10],"partnership_id":10,"flagship":false,"target_date":"2023-01-15","spec":"cloud_dialogue","rationale":"Spread over the year: January had the fewest items (0) when this item was placed; target 2023-01-15. Moved from 2023-01-15: no meeting time falls on a working day in both cities: Sunday (KR, CN); placed on 2023-01-16 (Monday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Jeju City, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Izumisano cloud dialogue 2023","title_zh":"威海—泉佐野友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-02-14","end_date":"2023-02-14","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[20],"partnership_id":20,"flagship":false,"target_date":"2023-02-15","spec":"cloud_dialogue","rationale":"Spread over the year: February had the fewest items (1) when this item was placed; target 2023-02-15. Moved from 2023-02-15: another item of the programme starts that day; placed on 2023-02-14 (Tuesday), 1 day earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Izumisano, UTC+09:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Yeosu cloud dialogue 2023","title_zh":"威海—丽水友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-02-15","end_date":"2023-02-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[5],"partnership_id":5,"flagship":false,"target_date":"2023-02-15","spec":"cloud_dialogue","rationale":"Spread over the year: February had the fewest items (0) when this item was placed; target 2023-02-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Yeosu, UTC+09:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Shandong Province–Brittany cloud dialogue 2023","title_zh":"山东省—布列塔尼大区友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-03-14","end_date":"2023-03-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[23],"partnership_id":23,"flagship":false,"target_date":"2023-03-15","spec":"cloud_dialogue","rationale":"Spread over the year: March had the fewest items (1) when this item was placed; target 2023-03-15. Moved from 2023-03-15: another item of the programme starts that day; placed on 2023-03-14 (Tuesday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Shandong Province) = 09:00–10:00 Europe/Paris (Brittany, UTC+01:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Sochi cloud dialogue 2023","title_zh":"威海—索契友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-03-15","end_date":"2023-03-15","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[6],"partnership_id":6,"flagship":false,"target_date":"2023-03-15","spec":"cloud_dialogue","rationale":"Spread over the year: March had the fewest items (0) when this item was placed; target 2023-03-15. Placed on target. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Moscow (Sochi, UTC+03:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Shandong Province–Scotland cloud dialogue 2023","title_zh":"山东省—苏格兰友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-04-13","end_date":"2023-04-13","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[24],"partnership_id":24,"flagship":false,"target_date":"2023-04-15","spec":"cloud_dialogue","rationale":"Spread over the year: April had the fewest items (1) when this item was placed; target 2023-04-15. Moved from 2023-04-15: no meeting time falls on a working day in both cities: Saturday (GB-SCT, CN); placed on 2023-04-13 (Thursday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 16:00–17:00 Asia/Shanghai (Shandong Province) = 09:00–10:00 Europe/London (Scotland, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Sergiev Posad cloud dialogue 2023","title_zh":"威海—谢尔吉耶夫友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-04-14","end_date":"2023-04-14","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[11],"partnership_id":11,"flagship":false,"target_date":"2023-04-15","spec":"cloud_dialogue","rationale":"Spread over the year: April had the fewest items (0) when this item was placed; target 2023-04-15. Moved from 2023-04-15: no meeting time falls on a working day in both cities: Saturday (RU, CN); placed on 2023-04-14 (Friday), 1 day earlier. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Moscow (Sergiev Posad, UTC+03:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Ube cloud dialogue 2023","title_zh":"威海—宇部友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-05-15","end_date":"2023-05-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[1],"partnership_id":1,"flagship":false,"target_date":"2023-05-15","spec":"cloud_dialogue","rationale":"Spread over the year: May had the fewest items (0) when this item was placed; target 2023-05-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Tokyo (Ube, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Shandong Province–Sarawak cloud dialogue 2023","title_zh":"山东省—沙捞越州友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-05-16","end_date":"2023-05-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[25],"partnership_id":25,"flagship":false,"target_date":"2023-05-15","spec":"cloud_dialogue","rationale":"Spread over the year: May had the fewest items (1) when this item was placed; target 2023-05-15. Moved from 2023-05-15: another item of the programme starts that day; placed on 2023-05-16 (Tuesday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Shandong Province) = 10:00–11:00 Asia/Kuching (Sarawak, UTC+08:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Shandong Province time that day."},{"title_en":"Shandong Province–Association of North East Asia Regional Governments (NEAR) cloud dialogue 2023","title_zh":"山东省—东北亚地区地方政府联合会友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-06-14","end_date":"2023-06-14","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[26],"partnership_id":26,"flagship":false,"target_date":"2023-06-15","spec":"cloud_dialogue","rationale":"Spread over the year: June had the fewest items (1) when this item was placed; target 2023-06-15. Moved from 2023-06-15: another item of the programme starts that day; placed on 2023-06-14 (Wednesday), 1 day earlier. Online, 60 min, 10:00–11:00 Asia/Shanghai (Shandong Province) = 10:00–11:00 Asia/Shanghai (Association of North East Asia Regional Governments (NEAR), UTC+08:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Shandong Province time that day."},{"title_en":"Weihai–Lancaster cloud dialogue 2023","title_zh":"威海—兰卡斯特友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-06-15","end_date":"2023-06-15","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[3],"partnership_id":3,"flagship":false,"target_date":"2023-06-15","spec":"cloud_dialogue","rationale":"Spread over the year: June had the fewest items (0) when this item was placed; target 2023-06-15. Placed on target. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 09:00–10:00 Europe/London (Lancaster, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Weihai time that day."},{"title_en":"Weihai–Shanghai Cooperation Organisation (SCO) cloud dialogue 2023","title_zh":"威海—上海合作组织友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-07-13","end_date":"2023-07-13","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[27],"partnership_id":27,"flagship":false,"target_date":"2023-07-15","spec":"cloud_dialogue","rationale":"Spread over the year: July had the fewest items (1) when this item was placed; target 2023-07-15. Moved from 2023-07-15: no meeting time falls on a working day in both cities: Saturday (—, CN); placed on 2023-07-13 (Thursday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 10:00–11:00 Asia/Shanghai (Shanghai Cooperation Organisation (SCO), UTC+08:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–17:00 Weihai time that day."},{"title_en":"Weihai–Santa Barbara cloud dialogue 2023","title_zh":"威海—圣巴巴拉友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-07-14","end_date":"2023-07-14","start_time":"08:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[4],"partnership_id":4,"flagship":false,"target_date":"2023-07-15","spec":"cloud_dialogue","rationale":"Spread over the year: July had the fewest items (0) when this item was placed; target 2023-07-15. Moved from 2023-07-15: no meeting time falls on a working day in both cities: Saturday (US, CN); placed on 2023-07-14 (Friday), 1 day earlier. Online, 60 min, 08:00–09:00 Asia/Shanghai (Weihai) = 17:00–18:00 America/Los_Angeles (Santa Barbara, UTC-07:00, Thursday): the cities'' 09:00–17:00 working hours do not overlap that day; this time keeps the meeting least outside them (60 min before 09:00 in Weihai, 60 min after 17:00 in Santa Barbara)."},{"title_en":"Weihai–Turda cloud dialogue 2023","title_zh":"威海—图尔达友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-08-14","end_date":"2023-08-14","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[12],"partnership_id":12,"flagship":false,"target_date":"2023-08-15","spec":"cloud_dialogue","rationale":"Spread over the year: August had the fewest items (0) when this item was placed; target 2023-08-15. Moved from 2023-08-15: no meeting time falls on a working day in both cities: Assumption Day (RO); placed on 2023-08-14 (Monday), 1 day earlier. Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Bucharest (Turda, UTC+03:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Ouakam cloud dialogue 2023","title_zh":"威海—瓦卡姆友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-09-15","end_date":"2023-09-15","start_time":"16:30","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[13],"partnership_id":13,"flagship":false,"target_date":"2023-09-15","spec":"cloud_dialogue","rationale":"Spread over the year: September had the fewest items (0) when this item was placed; target 2023-09-15. Placed on target. Online, 60 min, 16:30–17:30 Asia/Shanghai (Weihai) = 08:30–09:30 Africa/Dakar (Ouakam, UTC+00:00, Friday): the cities'' 09:00–17:00 working hours do not overlap that day; this time keeps the meeting least outside them (30 min after 17:00 in Weihai, 30 min before 09:00 in Ouakam)."},{"title_en":"Weihai–Novopolotsk cloud dialogue 2023","title_zh":"威海—新波洛茨克友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-10-13","end_date":"2023-10-13","start_time":"15:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[15],"partnership_id":15,"flagship":false,"target_date":"2023-10-15","spec":"cloud_dialogue","rationale":"Spread over the year: October had the fewest items (1) when this item was placed; target 2023-10-15. Moved from 2023-10-15: no meeting time falls on a working day in both cities: Sunday (BY, CN); placed on 2023-10-13 (Friday), 2 days earlier (nearer days passed over: another item of the programme starts that day). Online, 60 min, 15:00–16:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Minsk (Novopolotsk, UTC+03:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 14:00–17:00 Weihai time that day."},{"title_en":"Weihai–Gunsan cloud dialogue 2023","title_zh":"威海—群山友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-10-16","end_date":"2023-10-16","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[7],"partnership_id":7,"flagship":false,"target_date":"2023-10-15","spec":"cloud_dialogue","rationale":"Spread over the year: October had the fewest items (0) when this item was placed; target 2023-10-15. Moved from 2023-10-15: no meeting time falls on a working day in both cities: Sunday (KR, CN); placed on 2023-10-16 (Monday), 1 day later. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Gunsan, UTC+09:00, Monday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Mykolaiv cloud dialogue 2023","title_zh":"威海—尼古拉耶夫友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-11-14","end_date":"2023-11-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[17],"partnership_id":17,"flagship":false,"target_date":"2023-11-15","spec":"cloud_dialogue","rationale":"Spread over the year: November had the fewest items (1) when this item was placed; target 2023-11-15. Moved from 2023-11-15: another item of the programme starts that day; placed on 2023-11-14 (Tuesday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 10:00–11:00 Europe/Kyiv (Mykolaiv, UTC+02:00, Tuesday): inside both cities'' 09:00–17:00 working hours, which overlap 15:00–17:00 Weihai time that day."},{"title_en":"Weihai–Hwaseong cloud dialogue 2023","title_zh":"威海—华城友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-11-15","end_date":"2023-11-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[8],"partnership_id":8,"flagship":false,"target_date":"2023-11-15","spec":"cloud_dialogue","rationale":"Spread over the year: November had the fewest items (0) when this item was placed; target 2023-11-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Hwaseong, UTC+09:00, Wednesday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."},{"title_en":"Weihai–Sousse cloud dialogue 2023","title_zh":"威海—苏塞友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-12-14","end_date":"2023-12-14","start_time":"16:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[18],"partnership_id":18,"flagship":false,"target_date":"2023-12-15","spec":"cloud_dialogue","rationale":"Spread over the year: December had the fewest items (1) when this item was placed; target 2023-12-15. Moved from 2023-12-15: another item of the programme starts that day; placed on 2023-12-14 (Thursday), 1 day earlier. Online, 60 min, 16:00–17:00 Asia/Shanghai (Weihai) = 09:00–10:00 Africa/Tunis (Sousse, UTC+01:00, Thursday): inside both cities'' 09:00–17:00 working hours, which overlap 16:00–17:00 Weihai time that day."},{"title_en":"Weihai–Suseong District cloud dialogue 2023","title_zh":"威海—寿城区友城云对话（2023年）","kind":"dialogue","format":"online","start_date":"2023-12-15","end_date":"2023-12-15","start_time":"10:00","timezone":"Asia/Shanghai","duration_minutes":60,"partner_ids":[9],"partnership_id":9,"flagship":false,"target_date":"2023-12-15","spec":"cloud_dialogue","rationale":"Spread over the year: December had the fewest items (0) when this item was placed; target 2023-12-15. Placed on target. Online, 60 min, 10:00–11:00 Asia/Shanghai (Weihai) = 11:00–12:00 Asia/Seoul (Suseong District, UTC+09:00, Friday): inside both cities'' 09:00–17:00 working hours, which overlap 09:00–16:00 Weihai time that day."}]');


--
-- Data for Name: settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.settings VALUES
	('seed_loaded', 'data/seed.json');


--
-- Data for Name: tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tokens VALUES
	(1, 'Admin Wang', 'admin', 'c01e8bb764ed70b297b191cf3830692f1f1c3d398d255b48867689cc5d4a5fea', '2026-12-06 18:23:29.139371+00', NULL, NULL),
	(2, 'Li Wei', 'editor', '13adeed23c5b157c5cf7ed140240d2dd54e3b8ddaffb58595856e8dce5ccbd25', '2026-12-06 18:23:29.545171+00', NULL, NULL),
	(3, 'Former intern', 'viewer', '6f082610074550acb87cdfd36f27bd906eab8dfd02e4bb8ab5341d8414b09b86', '2026-12-06 18:23:29.847081+00', '2026-12-06 18:23:30.267334+00', NULL);


--
-- Name: audit_records_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_records_id_seq', 119, true);


--
-- Name: commemorations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.commemorations_id_seq', 13, true);


--
-- Name: events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_id_seq', 41, true);


--
-- Name: feeds_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.feeds_id_seq', 2, true);


--
-- Name: partners_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partners_id_seq', 28, true);


--
-- Name: partnership_changes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partnership_changes_id_seq', 34, true);


--
-- Name: partnerships_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.partnerships_id_seq', 27, true);


--
-- Name: plans_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.plans_id_seq', 2, true);


--
-- Name: tokens_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.tokens_id_seq', 3, true);


--
-- Name: audit_records audit_records_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_records
    ADD CONSTRAINT audit_records_pkey PRIMARY KEY (id);


--
-- Name: commemorations commemorations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commemorations
    ADD CONSTRAINT commemorations_pkey PRIMARY KEY (id);


--
-- Name: event_partners event_partners_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_partners
    ADD CONSTRAINT event_partners_pkey PRIMARY KEY (event_id, partner_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: feeds feeds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feeds
    ADD CONSTRAINT feeds_pkey PRIMARY KEY (id);


--
-- Name: partners partners_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partners
    ADD CONSTRAINT partners_pkey PRIMARY KEY (id);


--
-- Name: partnership_changes partnership_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_changes
    ADD CONSTRAINT partnership_changes_pkey PRIMARY KEY (id);


--
-- Name: partnerships partnerships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnerships
    ADD CONSTRAINT partnerships_pkey PRIMARY KEY (id);


--
-- Name: plans plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plans
    ADD CONSTRAINT plans_pkey PRIMARY KEY (id);


--
-- Name: settings settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.settings
    ADD CONSTRAINT settings_pkey PRIMARY KEY (key);


--
-- Name: tokens tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tokens
    ADD CONSTRAINT tokens_pkey PRIMARY KEY (id);


--
-- Name: idx_audit_records_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_records_at ON public.audit_records USING btree (at);


--
-- Name: idx_commemorations_country; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_commemorations_country ON public.commemorations USING btree (country);


--
-- Name: idx_commemorations_partner_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_commemorations_partner_id ON public.commemorations USING btree (partner_id);


--
-- Name: idx_event_partners_partner_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_partners_partner_id ON public.event_partners USING btree (partner_id);


--
-- Name: idx_events_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_events_kind ON public.events USING btree (kind);


--
-- Name: idx_events_plan_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_events_plan_id ON public.events USING btree (plan_id);


--
-- Name: idx_events_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_events_status ON public.events USING btree (status);


--
-- Name: idx_feeds_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_feeds_hash ON public.feeds USING btree (hash);


--
-- Name: idx_partners_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_partners_kind ON public.partners USING btree (kind);


--
-- Name: idx_partnership_changes_partnership_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_partnership_changes_partnership_id ON public.partnership_changes USING btree (partnership_id);


--
-- Name: idx_partnerships_partner_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_partnerships_partner_id ON public.partnerships USING btree (partner_id);


--
-- Name: idx_partnerships_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_partnerships_status ON public.partnerships USING btree (status);


--
-- Name: idx_partnerships_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_partnerships_type ON public.partnerships USING btree (type);


--
-- Name: idx_plans_partnership_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_plans_partnership_id ON public.plans USING btree (partnership_id);


--
-- Name: idx_plans_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_plans_status ON public.plans USING btree (status);


--
-- Name: idx_plans_year; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_plans_year ON public.plans USING btree (year);


--
-- Name: idx_tokens_hash; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_tokens_hash ON public.tokens USING btree (hash);


--
-- Name: idx_tokens_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_tokens_name ON public.tokens USING btree (name);


--
-- Name: ix_audit_entity; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_audit_entity ON public.audit_records USING btree (entity, entity_id);


--
-- Name: ix_commemorations_anniv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_commemorations_anniv ON public.commemorations USING btree (date_key, date_year);


--
-- Name: ix_events_long_span; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_events_long_span ON public.events USING btree (long_span, span_start, span_end);


--
-- Name: ix_events_span; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_events_span ON public.events USING btree (span_start, span_end);


--
-- Name: ix_partnerships_anniv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_partnerships_anniv ON public.partnerships USING btree (status, est_key, est_year);


--
-- Name: ux_partners_name_country; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_partners_name_country ON public.partners USING btree (country, name_en);


--
-- Name: ux_partnerships_pair; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ux_partnerships_pair ON public.partnerships USING btree (local_party, partner_id);


--
-- Name: commemorations fk_commemorations_partner; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.commemorations
    ADD CONSTRAINT fk_commemorations_partner FOREIGN KEY (partner_id) REFERENCES public.partners(id) ON DELETE RESTRICT;


--
-- Name: event_partners fk_event_partners_event; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_partners
    ADD CONSTRAINT fk_event_partners_event FOREIGN KEY (event_id) REFERENCES public.events(id) ON DELETE CASCADE;


--
-- Name: event_partners fk_event_partners_partner; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_partners
    ADD CONSTRAINT fk_event_partners_partner FOREIGN KEY (partner_id) REFERENCES public.partners(id) ON DELETE RESTRICT;


--
-- Name: partnership_changes fk_partnership_changes_partnership; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_changes
    ADD CONSTRAINT fk_partnership_changes_partnership FOREIGN KEY (partnership_id) REFERENCES public.partnerships(id) ON DELETE CASCADE;


--
-- Name: partnerships fk_partnerships_partner; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnerships
    ADD CONSTRAINT fk_partnerships_partner FOREIGN KEY (partner_id) REFERENCES public.partners(id) ON DELETE RESTRICT;


--
-- PostgreSQL database dump complete
--


